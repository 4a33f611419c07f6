import type { ApolloCache } from "@apollo/client";
import { useSubscription } from "@apollo/client/react";
import { useEffect, useRef, useState } from "react";
import type { ServiceRequestFieldsFragment } from "../gql/graphql";
import { OssQueueQuery, ServiceRequestFieldsFragment as Fields, ServiceRequestUpdatedSubscription } from "./operations";
import { isClosed, mergeIntoQueue } from "./queue";

/** How long after subscribing the queue is re-read once, if nothing was heard yet. */
const CATCH_UP_DELAY_MS = 1500;

export type Request = ServiceRequestFieldsFragment;

/**
 * Writes one request, as it now stands, into the cache and into the cached
 * queue for `officeCode` (null: every office): the row re-renders, a new
 * request joins the list, a closed one leaves it. The page re-sorts on render.
 * Returns true when the request has just left this queue (it was closed).
 */
export function applyToQueue(cache: ApolloCache, request: Request, officeCode: string | null): boolean {
  cache.writeFragment({
    fragment: Fields,
    fragmentName: "ServiceRequestFields",
    id: cache.identify({ __typename: "ServiceRequest", id: request.id }),
    data: request,
  });
  let left = false;
  cache.updateQuery({ query: OssQueueQuery, variables: { officeCode } }, (data) => {
    if (!data) return undefined;
    const next = mergeIntoQueue(data.serviceRequests, request, officeCode);
    if (next === data.serviceRequests) return undefined;
    left = next.length < data.serviceRequests.length;
    return { ...data, serviceRequests: [...next] };
  });
  return left;
}

/**
 * Keeps the operators' queue live. Every `serviceRequestUpdated` payload — a
 * write by any operator, or a change of SLA state caused by the clock alone
 * (AT_RISK, BREACHED) — is merged into the cached queue, so the table re-sorts
 * without a reload. Returns how many updates arrived and the last one, for the
 * page's live region. After a reconnection the Apollo setup refetches the
 * queue (apollo.ts); the one gap it cannot see, a change between the first
 * query and the subscription, is closed by `catchUp` shortly after subscribing.
 */
export function useServiceRequestUpdates(options: {
  officeCode: string | null;
  onClosed: (request: Request) => void;
  catchUp: () => unknown;
}): { count: number; last: Request | null } {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options; // read by the subscription's callbacks, after the render that passed them
  });
  const heard = useRef(false);
  const [live, setLive] = useState<{ count: number; last: Request | null }>({ count: 0, last: null });

  useSubscription(ServiceRequestUpdatedSubscription, {
    onData: ({ client, data }) => {
      const request = data.data?.serviceRequestUpdated;
      if (!request) return;
      heard.current = true;
      // Closed by another operator while on this queue: it moves to "recently closed" here too.
      const left = applyToQueue(client.cache, request, latest.current.officeCode);
      if (left && isClosed(request.status)) latest.current.onClosed(request);
      setLive((previous) => ({ count: previous.count + 1, last: request }));
    },
  });

  useEffect(() => {
    heard.current = false;
    const timer = setTimeout(() => {
      if (!heard.current) void Promise.resolve(latest.current.catchUp()).catch(() => undefined);
    }, CATCH_UP_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);

  return live;
}
