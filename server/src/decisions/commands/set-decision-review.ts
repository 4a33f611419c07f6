import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { changed } from "../../platform/command.js";
import { badInput, conflict } from "../../platform/errors.js";
import { tiranaDate } from "../../platform/tirana-time.js";
import { decisionCommand } from "../command.js";
import { type ReviewAuthority, ReviewStatus } from "../model.js";
import { canMoveReview, reviewMovesFrom } from "../rules.js";

export type SetDecisionReviewProps = {
  agendaItemId: string; status: ReviewStatus; authority?: ReviewAuthority | null; on?: string | null; note?: string | null; expectedVersion?: number | null;
};

/**
 * Records the state of the review of an act's legality: sent to the prefect [Prefekti] (Albania) or to MAPL
 * (Kosovo), upheld, returned for a second look, contested in court, annulled (the moves of canMoveReview).
 * Only a numbered act is sent; the day is neither before the decision nor in the future.
 */
export async function setDecisionReview(ds: DataSource, actor: Actor, props: SetDecisionReviewProps): Promise<{ agendaItemId: string }> {
  return decisionCommand(ds, actor, props, async (tx, { decided, record }) => {
    if (record.number === null) {
      throw conflict(`"${decided.title}" has no decision number yet: register it first (an act is sent for review with its number).`);
    }
    if (!canMoveReview(record.review_status, props.status)) {
      const moves = reviewMovesFrom(record.review_status);
      throw conflict(`The review of decision no. ${record.number}/${record.year} is ${record.review_status}; it can move to ${moves.length ? moves.join(" or ") : "nothing else (final)"}, not ${props.status}.`);
    }
    const on = props.on ?? null;
    if (on !== null && on > tiranaDate(new Date())) throw badInput("Invalid input. on: must not be in the future", { on: "must not be in the future" });
    if (on !== null && on < decided.decided_on) throw badInput(`Invalid input. on: must not be before the decision (${decided.decided_on})`, { on: `must not be before the decision (${decided.decided_on})` });
    await tx.query("UPDATE decision_record SET review_status = $2, review_authority = $3, review_on = $4::date, review_note = $5 WHERE agenda_item_id = $1",
      [decided.agenda_item_id, props.status, props.authority ?? null, on, props.note ?? null]);
    return changed({ agendaItemId: decided.agenda_item_id }, {
      action: "setDecisionReview", subjectType: "decision", subjectId: decided.agenda_item_id, sessionId: decided.session_id,
      before: { status: record.review_status, authority: record.review_authority, on: record.review_on, note: record.review_note },
      after: { status: props.status, authority: props.authority ?? null, on, note: props.note ?? null },
    });
  });
}
