import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { changed } from "../../platform/command.js";
import { badInput, conflict } from "../../platform/errors.js";
import { committeeCommand } from "../command.js";

/**
 * Ends a current membership on `leftOn`, its last day (included). From the next day the councillor is no
 * longer seated in the committee's meetings (session_seat); meetings up to that day keep them. A membership
 * that has already ended is refused (CONFLICT); so is a day before it began (BAD_USER_INPUT).
 */
export async function endCommitteeMembership(ds: DataSource, actor: Actor, props: { membershipId: string; leftOn: string }): Promise<string> {
  return committeeCommand(ds, actor, { membershipId: props.membershipId }, async (tx, c) => {
    const [m]: { id: string; councillor_id: string; full_name: string; joined_on: string; left_on: string | null }[] = await tx.query(
      `SELECT m.id, m.councillor_id, c.full_name, m.joined_on::text, m.left_on::text
       FROM committee_membership m JOIN councillor c ON c.id = m.councillor_id WHERE m.id = $1`, [props.membershipId]);
    if (m.left_on !== null) throw conflict(`${m.full_name}'s membership of ${c.name} already ended on ${m.left_on}.`);
    if (props.leftOn < m.joined_on) {
      throw badInput(`Invalid input. leftOn: must be on or after the day the membership began (${m.joined_on})`, { leftOn: `must be on or after ${m.joined_on}` });
    }
    await tx.query("UPDATE committee_membership SET left_on = $2 WHERE id = $1", [m.id, props.leftOn]);
    return changed(m.id, {
      action: "endCommitteeMembership", subjectType: "committeeMembership", subjectId: m.id,
      before: { leftOn: null }, after: { committeeId: c.id, councillorId: m.councillor_id, leftOn: props.leftOn },
    });
  });
}
