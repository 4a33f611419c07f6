import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { speakingTimesOf } from "../../council/queries.js";
import { changed } from "../../platform/command.js";
import { conflict } from "../../platform/errors.js";
import { AttendanceStatus } from "../model.js";
import { sessionCommand } from "../command.js";
import { allottedFor } from "../rules.js";
import type { SpeechKind } from "../speaker.js";
import { attendanceOf, findCouncillor, recusalInForce, requireInProgress, seatedMembers } from "./common.js";

export type RequestFloorProps = { agendaItemId: string; kind: SpeechKind; councillorId: string; onBehalf: boolean };

/**
 * A councillor asks for the floor [kërkon fjalën] on the current item, from their
 * own device or through the secretariat (DOMAIN.md, "The floor"). Only a PRESENT
 * seated member, not recused on the item, with no other waiting request on it. The
 * limit is the body's default for the kind at the time of the request.
 */
export async function requestFloor(ds: DataSource, actor: Actor, props: RequestFloorProps): Promise<{ sessionId: string; speakerId: string }> {
  return sessionCommand(ds, actor, { agendaItemId: props.agendaItemId }, async (tx, { session, item }) => {
    requireInProgress(session, "ask for the floor");
    if (session.current_item_id !== item.id) {
      throw conflict(`Item ${item.position} "${item.title}" is not the current item: the floor is asked for on the item under discussion.`);
    }
    const councillor = await findCouncillor(tx, props.councillorId);
    (await seatedMembers(tx, session))(councillor);
    if ((await attendanceOf(tx, session.id, councillor.id)) !== AttendanceStatus.PRESENT) {
      throw conflict(`${councillor.full_name} is not recorded as present: only a councillor in the hall can ask for the floor.`);
    }
    if (await recusalInForce(tx, item.id, councillor.id)) {
      throw conflict(`${councillor.full_name} is recused on item ${item.position} (declaration of interest) and stays out of the matter: no request for the floor.`);
    }
    const waiting: { id: string }[] = await tx.query(
      "SELECT id FROM speaker WHERE agenda_item_id = $1 AND councillor_id = $2 AND status = 'WAITING'", [item.id, councillor.id]);
    if (waiting.length > 0) throw conflict(`${councillor.full_name} is already waiting for the floor on this item: one request at a time.`);
    const allotted = allottedFor(props.kind, await speakingTimesOf(tx, session.body_id));
    const [{ id }] = await tx.query(
      `INSERT INTO speaker (session_id, agenda_item_id, councillor_id, kind, requested_by, allotted_seconds)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [session.id, item.id, councillor.id, props.kind, actor.userId, allotted]);
    return changed({ sessionId: session.id, speakerId: id as string }, {
      action: "requestFloor", subjectType: "speaker", subjectId: id, sessionId: session.id,
      after: { agendaItemId: item.id, councillorId: councillor.id, kind: props.kind, allottedSeconds: allotted, onBehalf: props.onBehalf },
    });
  });
}
