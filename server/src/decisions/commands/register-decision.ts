import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { changed, unchanged } from "../../platform/command.js";
import { row } from "../../platform/db/rows.js";
import { conflict } from "../../platform/errors.js";
import { VoteOutcome } from "../../sessions/model.js";
import { decisionCommand } from "../command.js";
import { type DecisionKind, ReviewStatus } from "../model.js";
import { nextDecisionNumber } from "../rules.js";

export type RegisterDecisionProps = { agendaItemId: string; number?: number | null; kind: DecisionKind; expectedVersion?: number | null };

/**
 * Registers a decided item in the register of acts: its kind and, for an adopted draft, its decision number
 * [nr. i vendimit], unique per body and year (Tirana time of the vote's close). Without a number, the item keeps the
 * one it has or gets the next of its body's year. A rejected draft is not an act and gets no number. A number is
 * fixed once the act was sent for review.
 */
export async function registerDecision(ds: DataSource, actor: Actor, props: RegisterDecisionProps): Promise<{ agendaItemId: string }> {
  return decisionCommand(ds, actor, props, async (tx, { decided, record }) => {
    const result = { agendaItemId: decided.agenda_item_id };
    let number: number | null = null;
    if (decided.outcome === VoteOutcome.FAILED) {
      if (props.number) throw conflict(`"${decided.title}" was rejected: a rejected draft is not an act and gets no decision number.`);
    } else {
      // Numbers of one body's year are given one at a time.
      await tx.query("SELECT pg_advisory_xact_lock(hashtext('decision_number'), hashtext($1 || '/' || $2))", [decided.body_id, String(decided.year)]);
      if (props.number) number = props.number;
      else if (record.number !== null) number = record.number;
      else {
        const highest = await row<{ n: number | null }>(tx, "SELECT max(number) AS n FROM decision_record WHERE body_id = $1 AND year = $2", [decided.body_id, decided.year]);
        number = nextDecisionNumber(highest?.n ?? null);
      }
      if (number !== record.number) {
        if (record.review_status !== ReviewStatus.NOT_SENT) {
          throw conflict(`Decision no. ${record.number}/${record.year} was sent for review with its number; the number can no longer change.`);
        }
        const taken = await row<{ title: string }>(tx,
          `SELECT i.title FROM decision_record r JOIN agenda_item i ON i.id = r.agenda_item_id
           WHERE r.body_id = $1 AND r.year = $2 AND r.number = $3 AND r.agenda_item_id <> $4`,
          [decided.body_id, decided.year, number, decided.agenda_item_id]);
        if (taken) throw conflict(`Decision no. ${number}/${decided.year} of this body is already "${taken.title}".`);
      }
    }
    if (number === record.number && props.kind === record.kind) return unchanged(result);
    await tx.query("UPDATE decision_record SET number = $2, year = $3, kind = $4 WHERE agenda_item_id = $1",
      [decided.agenda_item_id, number, number === null ? null : decided.year, props.kind]);
    return changed(result, {
      action: "registerDecision", subjectType: "decision", subjectId: decided.agenda_item_id, sessionId: decided.session_id,
      before: { number: record.number, year: record.year, kind: record.kind },
      after: { number, year: number === null ? null : decided.year, kind: props.kind },
    });
  });
}
