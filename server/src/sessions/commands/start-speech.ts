import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { changed } from "../../platform/command.js";
import { conflict } from "../../platform/errors.js";
import { AttendanceStatus } from "../model.js";
import { sessionCommand } from "../command.js";
import { SpeakerStatus } from "../speaker.js";
import { attendanceOf, endSpeechInProgress, openVoteOf, requireInProgress } from "./common.js";

export type StartSpeechProps = { speakerId: string; allottedSeconds: number | null; expectedVersion?: number | null };

/**
 * Gives the floor: a waiting request on the current item becomes the speech in
 * progress, on the server's clock. The speech in progress, if any, ends first (one
 * at a time). Not while a vote is open; not for a councillor who has since left
 * the hall (a recusal has already withdrawn the request: `leaveTheFloor`).
 * `allottedSeconds` overrides the request's limit.
 */
export async function startSpeech(ds: DataSource, actor: Actor, props: StartSpeechProps): Promise<{ sessionId: string; speakerId: string }> {
  return sessionCommand(ds, actor, { speakerId: props.speakerId, expectedVersion: props.expectedVersion }, async (tx, { session, speaker }) => {
    requireInProgress(session, "start a speech");
    if (speaker.status !== SpeakerStatus.WAITING) {
      throw conflict(speaker.status === SpeakerStatus.SPEAKING ? "This speech is already in progress." : `This request is ${speaker.status}: it cannot be started.`);
    }
    if (session.current_item_id !== speaker.agenda_item_id) {
      throw conflict("This request is on an item that is not the current one: start that item first.");
    }
    if (await openVoteOf(tx, session.id)) throw conflict("A vote is open: speeches resume once it closes.");
    if ((await attendanceOf(tx, session.id, speaker.councillor_id)) !== AttendanceStatus.PRESENT) {
      throw conflict("The councillor is no longer recorded as present: withdraw the request or record them present.");
    }
    const ended = await endSpeechInProgress(tx, session.id, "startSpeech");
    const allotted = props.allottedSeconds ?? speaker.allotted_seconds;
    await tx.query("UPDATE speaker SET status = 'SPEAKING', started_at = clock_timestamp(), allotted_seconds = $2 WHERE id = $1", [speaker.id, allotted]);
    return changed({ sessionId: session.id, speakerId: speaker.id }, ...ended, {
      action: "startSpeech", subjectType: "speaker", subjectId: speaker.id, sessionId: session.id,
      before: { status: SpeakerStatus.WAITING, allottedSeconds: speaker.allotted_seconds }, after: { status: SpeakerStatus.SPEAKING, allottedSeconds: allotted },
    });
  });
}
