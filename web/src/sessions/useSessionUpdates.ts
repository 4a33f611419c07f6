import { useSubscription } from "@apollo/client/react";
import { useEffect, useRef } from "react";
import { SessionFieldsFragment, SessionUpdatedSubscription } from "./operations";

/** How long after subscribing we re-read the session once, if no event came. */
const CATCH_UP_DELAY_MS = 1500;

/**
 * Keeps one session live: every `sessionUpdated` payload is the whole session
 * as it now stands, written over the cached one, so every view showing that
 * session re-renders within the second without a reload.
 *
 * The first query and the subscription start independently, so a change made
 * between the two would be missed until the next one; `catchUp` (the page's
 * refetch) runs once shortly after subscribing to close that gap.
 */
export function useSessionUpdates(sessionId: string | null | undefined, catchUp?: () => unknown): void {
  const heard = useRef(false);
  const catchUpRef = useRef(catchUp);
  useEffect(() => {
    catchUpRef.current = catchUp; // read by the subscription's callbacks, after render
  });

  useSubscription(SessionUpdatedSubscription, {
    variables: { sessionId: sessionId ?? "" },
    skip: !sessionId,
    onData: ({ client, data }) => {
      const session = data.data?.sessionUpdated;
      if (!session) return;
      heard.current = true;
      client.cache.writeFragment({
        fragment: SessionFieldsFragment,
        fragmentName: "SessionFields",
        id: client.cache.identify({ __typename: "CouncilSession", id: session.id }),
        data: session,
      });
    },
  });

  useEffect(() => {
    if (!sessionId) return;
    heard.current = false;
    const timer = setTimeout(() => {
      if (!heard.current) void Promise.resolve(catchUpRef.current?.()).catch(() => undefined);
    }, CATCH_UP_DELAY_MS);
    return () => clearTimeout(timer);
  }, [sessionId]);
}
