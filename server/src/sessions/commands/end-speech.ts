import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { changed } from "../../platform/command.js";
import { conflict } from "../../platform/errors.js";
import { sessionCommand } from "../command.js";
import { SpeakerStatus } from "../speaker.js";
import { endSpeechInProgress } from "./common.js";

/** Ends the speech in progress; the time spoken is kept (the minutes list it). */
export async function endSpeech(ds: DataSource, actor: Actor, props: { speakerId: string; expectedVersion?: number | null }): Promise<{ sessionId: string; speakerId: string }> {
  return sessionCommand(ds, actor, props, async (tx, { session, speaker }) => {
    if (speaker.status !== SpeakerStatus.SPEAKING) {
      throw conflict(speaker.status === SpeakerStatus.WAITING ? "This speech has not started." : `This speech is already over (${speaker.status}).`);
    }
    return changed({ sessionId: session.id, speakerId: speaker.id }, ...(await endSpeechInProgress(tx, session.id, "endSpeech")));
  });
}
