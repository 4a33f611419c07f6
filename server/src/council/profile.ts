import DataLoader from "dataloader";
import { Field, ID, ObjectType } from "type-graphql";
import { type Queryable, rows } from "../platform/db/rows.js";

/**
 * A councillor's profile beyond the register's columns: the short CV, the contact details
 * with the councillor's choice to publish each, and the committees they sit on. Read only
 * when a query asks for them (the sessions' snapshots carry the public columns only).
 */
export type ProfileRow = {
  id: string; cv: string | null; email: string | null; email_published: boolean; phone: string | null; phone_published: boolean; version: number;
};

@ObjectType({ description: "What the councillor chose to publish: a contact not published is null here, always." })
export class CouncillorContact {
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
}

@ObjectType({ description: "The contact details as the secretariat keeps them, with the publication choice (SECRETARIAT and ADMIN only)." })
export class CouncillorContactDetails {
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => Boolean) emailPublished: boolean;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => Boolean) phonePublished: boolean;
}

@ObjectType({ description: "A seat on a committee [komision]: the role (CHAIR [kryetar] or MEMBER [anëtar]) and the dates (Tirana days, both included)." })
export class CouncillorCommitteeSeat {
  @Field(() => ID) bodyId: string;
  @Field(() => String) bodyName: string;
  @Field(() => String, { description: "CHAIR or MEMBER." }) role: string;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" }) joinedOn: string | null;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD; null while the seat is current." }) leftOn: string | null;
}

/** The stable address of a councillor's photo; `v` changes with the picture, so a browser's copy never goes stale. */
export function photoPathOf(councillorId: string, sha256: string): string {
  return `/councillor-photos/${councillorId}.webp?v=${sha256.slice(0, 12)}`;
}

export async function profilesById(db: Queryable, ids: readonly string[]): Promise<Map<string, ProfileRow>> {
  const found = await rows<ProfileRow>(db,
    "SELECT id, cv, email, email_published, phone, phone_published, version FROM councillor WHERE id = ANY($1::uuid[])", [[...ids]]);
  return new Map(found.map((r) => [r.id, r]));
}

type SeatRow = { councillor_id: string; body_id: string; name: string; role: string; joined_on: string | null; left_on: string | null };

/** Committee seats of each councillor, current ones first, then by committee name; past seats are kept with their dates. */
export async function committeeSeatsOf(db: Queryable, ids: readonly string[]): Promise<Map<string, CouncillorCommitteeSeat[]>> {
  const found = await rows<SeatRow>(db,
    `SELECT m.councillor_id, b.id AS body_id, b.name, m.role, m.joined_on::text, m.left_on::text
     FROM committee_membership m JOIN body b ON b.id = m.body_id
     WHERE m.councillor_id = ANY($1::uuid[])
     ORDER BY m.left_on IS NOT NULL, m.role = 'MEMBER', b.name, m.joined_on DESC`, [[...ids]]);
  const byId = new Map<string, CouncillorCommitteeSeat[]>(ids.map((id) => [id, []]));
  for (const r of found) {
    byId.get(r.councillor_id)?.push({ bodyId: r.body_id, bodyName: r.name, role: r.role, joinedOn: r.joined_on, leftOn: r.left_on });
  }
  return byId;
}

/** Per-request loaders of the profile, made the first time a request asks (kept with the request's context object). */
export type ProfileLoaders = { profile: DataLoader<string, ProfileRow | null>; seats: DataLoader<string, CouncillorCommitteeSeat[]> };
const perRequest = new WeakMap<object, ProfileLoaders>();
export function profileLoaders(ctx: object, db: Queryable): ProfileLoaders {
  let l = perRequest.get(ctx);
  if (!l) {
    l = {
      profile: new DataLoader(async (ids) => { const m = await profilesById(db, ids); return ids.map((id) => m.get(id) ?? null); }),
      seats: new DataLoader(async (ids) => { const m = await committeeSeatsOf(db, ids); return ids.map((id) => m.get(id) ?? []); }),
    };
    perRequest.set(ctx, l);
  }
  return l;
}
