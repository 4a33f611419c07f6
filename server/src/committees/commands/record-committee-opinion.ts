import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { changed, unchanged } from "../../platform/command.js";
import { conflict, isWellFormedId, notFound } from "../../platform/errors.js";
import { sessionCommand } from "../../sessions/command.js";
import { requireNotClosed } from "../../sessions/commands/common.js";
import type { CommitteeOpinionKind } from "../model.js";

export type RecordOpinionProps = {
  agendaItemId: string; committeeId: string; committeeSessionId: string | null; committeeItemId: string | null;
  opinion: CommitteeOpinionKind; text: string;
};

/**
 * Records a committee's opinion [relacion / mendimi i komisionit] on an item of the council's agenda, as the
 * secretariat receives it: the item must be on a council session that is not closed; the committee meeting
 * (and its item), when named, must be that committee's. One opinion per committee and item: recording it
 * again replaces it, and the audit record keeps the earlier one. It is a change to the council session
 * (its snapshot shows the opinion beside the item, the minutes print it), so it goes through sessionCommand.
 */
export async function recordCommitteeOpinion(ds: DataSource, actor: Actor, props: RecordOpinionProps): Promise<{ sessionId: string; opinionId: string }> {
  return sessionCommand(ds, actor, { agendaItemId: props.agendaItemId }, async (tx, { session, item }) => {
    const [body]: { kind: string }[] = await tx.query("SELECT kind FROM body WHERE id = $1", [session.body_id]);
    if (body.kind !== "COUNCIL") throw conflict(`Item ${item.position} "${item.title}" is on a committee meeting: opinions are given on items of the council's agenda.`);
    requireNotClosed(session, "record a committee's opinion");
    if (!isWellFormedId(props.committeeId)) throw notFound("committee", props.committeeId);
    const [committee]: { id: string; name: string }[] = await tx.query("SELECT id, name FROM body WHERE id = $1 AND kind = 'COMMITTEE'", [props.committeeId]);
    if (!committee) throw notFound("committee", props.committeeId);
    if (props.committeeSessionId) {
      if (!isWellFormedId(props.committeeSessionId)) throw notFound("session", props.committeeSessionId);
      const [meeting]: { body_id: string }[] = await tx.query("SELECT body_id FROM council_session WHERE id = $1", [props.committeeSessionId]);
      if (!meeting) throw notFound("session", props.committeeSessionId);
      if (meeting.body_id !== committee.id) throw conflict(`That meeting is not a meeting of ${committee.name}.`);
    }
    if (props.committeeItemId) {
      if (!isWellFormedId(props.committeeItemId)) throw notFound("agenda item", props.committeeItemId);
      const [own]: { session_id: string }[] = await tx.query("SELECT session_id FROM agenda_item WHERE id = $1", [props.committeeItemId]);
      if (!own) throw notFound("agenda item", props.committeeItemId);
      if (own.session_id !== props.committeeSessionId) throw conflict("That agenda item is not on the committee meeting named.");
    }
    const [earlier]: { id: string; opinion: string; opinion_text: string; committee_session_id: string | null; committee_item_id: string | null }[] =
      await tx.query("SELECT id, opinion, opinion_text, committee_session_id, committee_item_id FROM committee_opinion WHERE agenda_item_id = $1 AND committee_id = $2",
        [item.id, committee.id]);
    const after = { opinion: props.opinion, text: props.text, committeeSessionId: props.committeeSessionId, committeeItemId: props.committeeItemId };
    if (earlier && earlier.opinion === after.opinion && earlier.opinion_text === after.text
      && earlier.committee_session_id === after.committeeSessionId && earlier.committee_item_id === after.committeeItemId) {
      return unchanged({ sessionId: session.id, opinionId: earlier.id });
    }
    const [{ id }]: { id: string }[] = await tx.query(
      `INSERT INTO committee_opinion (agenda_item_id, committee_id, committee_session_id, committee_item_id, opinion, opinion_text, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT ON CONSTRAINT committee_opinion_one_per_committee DO UPDATE SET
         committee_session_id = EXCLUDED.committee_session_id, committee_item_id = EXCLUDED.committee_item_id, opinion = EXCLUDED.opinion,
         opinion_text = EXCLUDED.opinion_text, recorded_by = EXCLUDED.recorded_by, recorded_at = now()
       RETURNING id`,
      [item.id, committee.id, props.committeeSessionId, props.committeeItemId, props.opinion, props.text, actor.userId]);
    return changed({ sessionId: session.id, opinionId: id }, {
      action: "recordCommitteeOpinion", subjectType: "committeeOpinion", subjectId: id, sessionId: session.id,
      before: earlier ? { opinion: earlier.opinion, text: earlier.opinion_text, committeeSessionId: earlier.committee_session_id, committeeItemId: earlier.committee_item_id } : null,
      after: { agendaItemId: item.id, committeeId: committee.id, ...after },
    });
  });
}
