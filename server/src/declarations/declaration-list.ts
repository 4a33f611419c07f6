import { Field, Int, ObjectType } from "type-graphql";
import type { DataSource } from "typeorm";
import { councillorsById } from "../council/queries.js";
import { rows } from "../platform/db/rows.js";
import { isWellFormedId } from "../platform/errors.js";
import { Declaration, type InterestType } from "../sessions/declaration.js";
import type { DeclarationFilter } from "./inputs.js";

@ObjectType()
export class DeclarationPage {
  @Field(() => [Declaration], { description: "Newest first." }) items: Declaration[];
  @Field(() => Int, { description: "How many declarations match the filter in all." }) total: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
}

/** A register row: the declaration with where it was filed, and whether it is the one in force. */
type RegisterRow = {
  id: string; agenda_item_id: string; councillor_id: string; interest_type: InterestType; description: string; recused: boolean;
  filed_at: Date; filed_by: string; filed_on_behalf: boolean; supersedes_id: string | null; in_force: boolean;
  session_id: string; item_position: number; item_title: string; session_title: string; session_scheduled_at: Date;
};

/**
 * The public register of declarations of interest (Elbasan plan OS-1 pillar 2):
 * every declaration ever filed, superseded ones included, newest first.
 */
export async function listDeclarations(ds: DataSource, filter: DeclarationFilter, page: { offset: number; limit: number }): Promise<DeclarationPage> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace("?", `$${params.length}`));
  };
  // An id that cannot exist matches nothing (rather than a database cast error).
  if (filter.councillorId) add("d.councillor_id = ?::uuid", isWellFormedId(filter.councillorId) ? filter.councillorId : null);
  if (filter.sessionId) add("i.session_id = ?::uuid", isWellFormedId(filter.sessionId) ? filter.sessionId : null);
  if (filter.interestType) add("d.interest_type = ?", filter.interestType);
  if (filter.recused !== undefined && filter.recused !== null) add("d.recused = ?", filter.recused);
  if (filter.from) add("d.filed_at >= ?", filter.from);
  if (filter.to) add("d.filed_at < ?", filter.to);
  const whereSql = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const [{ total }] = await rows<{ total: number }>(ds,
    `SELECT count(*)::int AS total FROM declaration d JOIN agenda_item i ON i.id = d.agenda_item_id ${whereSql}`, params);
  const found = await rows<RegisterRow>(ds,
    `SELECT d.*, i.session_id, i.position AS item_position, i.title AS item_title, s.title AS session_title, s.scheduled_at AS session_scheduled_at,
            d.id IN (SELECT f.id FROM declaration_in_force f
                     WHERE f.agenda_item_id = d.agenda_item_id AND f.councillor_id = d.councillor_id) AS in_force
     FROM declaration d JOIN agenda_item i ON i.id = d.agenda_item_id JOIN council_session s ON s.id = i.session_id
     ${whereSql} ORDER BY d.filed_at DESC, d.id DESC OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
    [...params, page.offset, page.limit],
  );
  const byId = await councillorsById(ds, [...new Set(found.map((r) => r.councillor_id))]);
  const items = found.map((r) => Object.assign(new Declaration(), {
    id: r.id, agendaItemId: r.agenda_item_id, councillorId: r.councillor_id, councillor: byId.get(r.councillor_id),
    interestType: r.interest_type, description: r.description, recused: r.recused, filedAt: r.filed_at, filedBy: r.filed_by,
    filedOnBehalf: r.filed_on_behalf, supersedesId: r.supersedes_id, inForce: r.in_force,
    sessionId: r.session_id, sessionTitle: r.session_title, sessionScheduledAt: r.session_scheduled_at,
    agendaItemPosition: r.item_position, agendaItemTitle: r.item_title,
  }));
  return { items, total, offset: page.offset, limit: page.limit };
}
