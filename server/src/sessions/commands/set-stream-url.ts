import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { changed, unchanged } from "../../platform/command.js";
import { sessionCommand } from "../command.js";

/** Sets (or, with null, removes) the address of the session's live stream; the inputs' schema has checked it is https. */
export async function setStreamUrl(ds: DataSource, actor: Actor, props: { sessionId: string; url: string | null }): Promise<string> {
  return sessionCommand(ds, actor, { sessionId: props.sessionId }, async (tx, { session }) => {
    const before = session.stream_url;
    if (before === props.url) return unchanged(session.id);
    await tx.query("UPDATE council_session SET stream_url = $2 WHERE id = $1", [session.id, props.url]);
    return changed(session.id, { action: "setStreamUrl", subjectType: "session", subjectId: session.id, sessionId: session.id, before: { streamUrl: before }, after: { streamUrl: props.url } });
  });
}
