import type { DataSource } from "typeorm";
import { recordAudit } from "../platform/audit/record.js";
import { hashPassword } from "../auth/passwords.js";
import type { Actor } from "../auth/tokens.js";
import { Role } from "../auth/user.js";
import { transaction } from "../platform/db/transaction.js";
import { conflict, isWellFormedId, notFound } from "../platform/errors.js";
import type { SpeakingTimes } from "./body.js";
import type { Gender } from "./councillor.js";
import { speakingTimesOf } from "./queries.js";

/**
 * The register of councillors and the login accounts, kept by the ADMIN. The
 * council never has more active councillors than seats, so quorum and tallies
 * always count against the real seats.
 */
async function requireFreeSeat(tx: import("typeorm").EntityManager): Promise<void> {
  // Lock the council row so two additions cannot both take the last seat.
  const [council] = await tx.query("SELECT id, seats FROM body WHERE kind = 'COUNCIL' FOR UPDATE");
  if (!council) throw conflict("No municipal council is set up yet.");
  const [{ n }] = await tx.query("SELECT count(*)::int AS n FROM councillor WHERE active");
  if (n >= council.seats) {
    throw conflict(`All ${council.seats} seats of the council are taken: end a councillor's term before adding another.`);
  }
}

export async function addCouncillor(ds: DataSource, actor: Actor, props: { fullName: string; gender: Gender; party: string | null }): Promise<string> {
  return transaction(ds, async (tx) => {
    await requireFreeSeat(tx);
    const [{ id }] = await tx.query(
      "INSERT INTO councillor (full_name, gender, party, term_start) VALUES ($1, $2, $3, current_date) RETURNING id",
      [props.fullName, props.gender, props.party],
    );
    await recordAudit(tx, actor, { action: "addCouncillor", subjectType: "councillor", subjectId: id, after: props });
    return id as string;
  });
}

/** Ends (active = false) or restores a councillor's term. */
export async function setCouncillorActive(ds: DataSource, actor: Actor, props: { councillorId: string; active: boolean }): Promise<string> {
  return transaction(ds, async (tx) => {
    if (!isWellFormedId(props.councillorId)) throw notFound("councillor", props.councillorId);
    const rows: { active: boolean }[] = await tx.query("SELECT active FROM councillor WHERE id = $1 FOR UPDATE", [props.councillorId]);
    if (rows.length === 0) throw notFound("councillor", props.councillorId);
    if (rows[0].active === props.active) return props.councillorId;
    if (props.active) await requireFreeSeat(tx);
    await tx.query(
      "UPDATE councillor SET active = $2, term_end = CASE WHEN $2 THEN NULL ELSE current_date END WHERE id = $1",
      [props.councillorId, props.active],
    );
    await recordAudit(tx, actor, { action: "setCouncillorActive", subjectType: "councillor", subjectId: props.councillorId, before: { active: rows[0].active }, after: { active: props.active } });
    return props.councillorId;
  });
}

/** A login account; a COUNCILLOR account is linked to exactly one councillor. */
export async function createAccount(
  ds: DataSource, actor: Actor,
  props: { username: string; password: string; role: Role; councillorId: string | null },
): Promise<string> {
  const passwordHash = await hashPassword(props.password); // slow: outside the transaction
  return transaction(ds, async (tx) => {
    if (props.role === Role.COUNCILLOR) {
      if (!props.councillorId || !isWellFormedId(props.councillorId)) throw notFound("councillor", props.councillorId ?? "");
      const c = await tx.query("SELECT 1 FROM councillor WHERE id = $1", [props.councillorId]);
      if (c.length === 0) throw notFound("councillor", props.councillorId);
      const taken = await tx.query("SELECT username FROM app_user WHERE councillor_id = $1", [props.councillorId]);
      if (taken.length) throw conflict(`This councillor already has the account "${taken[0].username}".`);
    }
    const exists = await tx.query("SELECT 1 FROM app_user WHERE username = $1", [props.username]);
    if (exists.length) throw conflict(`The username "${props.username}" is taken.`);
    const [{ id }] = await tx.query(
      "INSERT INTO app_user (username, password_hash, role, councillor_id) VALUES ($1, $2, $3, $4) RETURNING id",
      [props.username, passwordHash, props.role, props.role === Role.COUNCILLOR ? props.councillorId : null],
    );
    await recordAudit(tx, actor, { action: "createAccount", subjectType: "user", subjectId: id, after: { username: props.username, role: props.role, councillorId: props.councillorId } });
    return id as string;
  });
}

export async function changePassword(ds: DataSource, actor: Actor, newPassword: string): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await transaction(ds, async (tx) => {
    await tx.query("UPDATE app_user SET password_hash = $2 WHERE id = $1", [actor.userId, passwordHash]);
    await recordAudit(tx, actor, { action: "changePassword", subjectType: "user", subjectId: actor.userId });
  });
}

/**
 * Sets a body's default speaking time per kind of speech (the floor). Requests
 * already on a speakers list keep the limit they were given; new ones take the new
 * defaults. Not part of any session's snapshot, so no session version moves.
 */
export async function setSpeakingTimes(ds: DataSource, actor: Actor, props: Omit<SpeakingTimes, "bodyId"> & { bodyId: string | null }): Promise<SpeakingTimes> {
  return transaction(ds, async (tx) => {
    const before = await speakingTimesOf(tx, props.bodyId, true);
    const after = { bodyId: before.bodyId, contribution: props.contribution, reply: props.reply, pointOfOrder: props.pointOfOrder };
    if (before.contribution === after.contribution && before.reply === after.reply && before.pointOfOrder === after.pointOfOrder) return before;
    await tx.query("UPDATE body SET contribution_seconds = $2, reply_seconds = $3, point_of_order_seconds = $4 WHERE id = $1",
      [before.bodyId, after.contribution, after.reply, after.pointOfOrder]);
    await recordAudit(tx, actor, { action: "setSpeakingTimes", subjectType: "body", subjectId: before.bodyId, before, after });
    return after;
  });
}
