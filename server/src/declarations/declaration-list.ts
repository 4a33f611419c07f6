import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { DataSource } from "typeorm";
import { z } from "zod";
import { COUNCILLOR_COLUMNS, type CouncillorRow, toCouncillor } from "../council/councillor.js";
import { isWellFormedId } from "../platform/errors.js";
import { DateTimeScalar } from "../platform/scalars.js";
import { Declaration, InterestType } from "../sessions/declaration.js";

@InputType({ description: "All conditions must hold; omit one to not filter on it." })
export class DeclarationFilter {
  @Field(() => ID, { nullable: true }) councillorId?: string | null;
  @Field(() => ID, { nullable: true }) sessionId?: string | null;
  @Field(() => InterestType, { nullable: true }) interestType?: InterestType | null;
  @Field(() => Boolean, { nullable: true }) recused?: boolean | null;
  @Field(() => DateTimeScalar, { nullable: true, description: "Filed at or after this moment." }) from?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: "Filed before this moment." }) to?: Date | null;
}

@ObjectType()
export class DeclarationPage {
  @Field(() => [Declaration], { description: "Newest first." }) items: Declaration[];
  @Field(() => Int, { description: "How many declarations match the filter in all." }) total: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
}

export const MAX_PAGE = 100;
export const pageSchema = z.object({
  offset: z.number().int().min(0, "must be 0 or more").max(1_000_000, "is too large"),
  limit: z.number().int().min(1, "must be at least 1").max(MAX_PAGE, `must be at most ${MAX_PAGE}`),
});

type Row = Record<string, unknown>;

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
  const [{ total }] = await ds.query(
    `SELECT count(*)::int AS total FROM declaration d JOIN agenda_item i ON i.id = d.agenda_item_id ${whereSql}`, params);
  const rows: Row[] = await ds.query(
    `SELECT d.*, i.session_id, i.position AS item_position, i.title AS item_title, s.title AS session_title, s.scheduled_at AS session_scheduled_at,
            d.id IN (SELECT f.id FROM declaration_in_force f
                     WHERE f.agenda_item_id = d.agenda_item_id AND f.councillor_id = d.councillor_id) AS in_force
     FROM declaration d JOIN agenda_item i ON i.id = d.agenda_item_id JOIN council_session s ON s.id = i.session_id
     ${whereSql} ORDER BY d.filed_at DESC, d.id DESC OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
    [...params, page.offset, page.limit],
  );
  const councillorIds = [...new Set(rows.map((r) => r.councillor_id as string))];
  const councillors: CouncillorRow[] = councillorIds.length
    ? await ds.query(`SELECT ${COUNCILLOR_COLUMNS} FROM councillor WHERE id = ANY($1::uuid[])`, [councillorIds]) : [];
  const byId = new Map(councillors.map((c) => [c.id, toCouncillor(c)]));
  const items = rows.map((r) => Object.assign(new Declaration(), {
    id: r.id, agendaItemId: r.agenda_item_id, councillorId: r.councillor_id, councillor: byId.get(r.councillor_id as string),
    interestType: r.interest_type, description: r.description, recused: r.recused, filedAt: r.filed_at, filedBy: r.filed_by,
    filedOnBehalf: r.filed_on_behalf, supersedesId: r.supersedes_id, inForce: r.in_force,
    sessionId: r.session_id, sessionTitle: r.session_title, sessionScheduledAt: r.session_scheduled_at,
    agendaItemPosition: r.item_position, agendaItemTitle: r.item_title,
  }));
  return { items, total, offset: page.offset, limit: page.limit };
}
