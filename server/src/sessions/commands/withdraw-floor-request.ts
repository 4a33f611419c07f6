import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { Role } from "../../auth/user.js";
import { changed } from "../../platform/command.js";
import { conflict, forbidden } from "../../platform/errors.js";
import { sessionCommand } from "../command.js";
import { SpeakerStatus } from "../speaker.js";

/** Withdraws a waiting request for the floor [tërheq kërkesën]: the councillor's own, or any by the secretariat. It stays on the record as WITHDRAWN. */
export async function withdrawFloorRequest(ds: DataSource, actor: Actor, props: { speakerId: string }): Promise<{ sessionId: string; speakerId: string }> {
  return sessionCommand(ds, actor, { speakerId: props.speakerId }, async (tx, { session, speaker }) => {
    if (actor.role === Role.COUNCILLOR && actor.councillorId !== speaker.councillor_id) {
      throw forbidden("A councillor withdraws only their own request for the floor.");
    }
    if (speaker.status !== SpeakerStatus.WAITING) {
      throw conflict(speaker.status === SpeakerStatus.SPEAKING
        ? "This speech is in progress: the secretariat ends it."
        : `This request is already ${speaker.status === SpeakerStatus.DONE ? "done" : "withdrawn"}.`);
    }
    await tx.query("UPDATE speaker SET status = 'WITHDRAWN', ended_at = clock_timestamp() WHERE id = $1", [speaker.id]);
    return changed({ sessionId: session.id, speakerId: speaker.id }, {
      action: "withdrawFloorRequest", subjectType: "speaker", subjectId: speaker.id, sessionId: session.id,
      before: { status: SpeakerStatus.WAITING }, after: { status: SpeakerStatus.WITHDRAWN },
    });
  });
}
