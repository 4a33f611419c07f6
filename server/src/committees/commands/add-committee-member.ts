import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { changed } from "../../platform/command.js";
import { conflict } from "../../platform/errors.js";
import { findCouncillor } from "../../sessions/commands/common.js";
import { committeeCommand } from "../command.js";
import { CommitteeRole } from "../model.js";

export type AddCommitteeMemberProps = {
  committeeId: string; councillorId: string; role: CommitteeRole; joinedOn: string; leftOn: string | null; expectedVersion?: number | null;
};

const range = (from: string, to: string | null) => `${from} – ${to ?? "…"}`;

/**
 * A councillor joins a committee as CHAIR or MEMBER from `joinedOn` (to `leftOn`, if known; both days
 * included). Refused with CONFLICT: a membership of the same councillor in the same committee that
 * overlaps those dates; a second chair on any of those days; more members on any day than the committee's
 * seats; a councillor whose term has ended joining open-ended. The database holds the first two as well
 * (exclusion constraints committee_membership_no_overlap and committee_membership_one_chair).
 */
export async function addCommitteeMember(ds: DataSource, actor: Actor, props: AddCommitteeMemberProps): Promise<string> {
  return committeeCommand(ds, actor, props, async (tx, c) => {
    const councillor = await findCouncillor(tx, props.councillorId);
    if (!councillor.active && props.leftOn === null) {
      throw conflict(`${councillor.full_name}'s term has ended: a membership of theirs needs the day it ended (leftOn).`);
    }
    const overlapping = "daterange(joined_on, left_on, '[]') && daterange($2::date, $3::date, '[]')";
    const same: { joined_on: string; left_on: string | null }[] = await tx.query(
      `SELECT joined_on::text, left_on::text FROM committee_membership WHERE body_id = $1 AND ${overlapping} AND councillor_id = $4`,
      [c.id, props.joinedOn, props.leftOn, councillor.id]);
    if (same.length > 0) {
      throw conflict(`${councillor.full_name} is already a member of ${c.name} on some of these days (${range(same[0].joined_on, same[0].left_on)}): memberships of one councillor in one committee do not overlap.`);
    }
    if (props.role === CommitteeRole.CHAIR) {
      const chairs: { full_name: string; joined_on: string; left_on: string | null }[] = await tx.query(
        `SELECT c.full_name, m.joined_on::text, m.left_on::text FROM committee_membership m JOIN councillor c ON c.id = m.councillor_id
         WHERE m.body_id = $1 AND m.role = 'CHAIR' AND ${overlapping.replace(/joined_on|left_on/g, (col) => `m.${col}`)}`,
        [c.id, props.joinedOn, props.leftOn]);
      if (chairs.length > 0) {
        throw conflict(`${chairs[0].full_name} chairs ${c.name} on some of these days (${range(chairs[0].joined_on, chairs[0].left_on)}): a committee has one chair at a time; end that membership first.`);
      }
    }
    // The most members on any day of the new range: the count only rises on a joining day, so look at those.
    const [{ most }]: { most: number }[] = await tx.query(
      `SELECT coalesce(max(n), 0)::int AS most FROM (
         SELECT (SELECT count(*) FROM committee_membership m WHERE m.body_id = $1 AND m.joined_on <= d.day AND (m.left_on IS NULL OR m.left_on >= d.day)) AS n
         FROM (SELECT $2::date AS day UNION SELECT joined_on FROM committee_membership
               WHERE body_id = $1 AND joined_on > $2::date AND ($3::date IS NULL OR joined_on <= $3::date)) d) counts`,
      [c.id, props.joinedOn, props.leftOn]);
    if (most >= c.seats) {
      throw conflict(`${c.name} has all ${c.seats} seats taken on some of these days: end a membership first, or give the committee more seats.`);
    }
    const [{ id }]: { id: string }[] = await tx.query(
      "INSERT INTO committee_membership (body_id, councillor_id, role, joined_on, left_on) VALUES ($1, $2, $3, $4, $5) RETURNING id",
      [c.id, councillor.id, props.role, props.joinedOn, props.leftOn]);
    return changed(id, {
      action: "addCommitteeMember", subjectType: "committeeMembership", subjectId: id,
      after: { committeeId: c.id, councillorId: councillor.id, role: props.role, joinedOn: props.joinedOn, leftOn: props.leftOn },
    });
  });
}
