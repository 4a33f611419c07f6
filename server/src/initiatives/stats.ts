import type { DataSource } from "typeorm";
import { CONSULTATION_WOMEN_TARGET_PCT, genderIndicator, type Gender, participationShare, type Period } from "./gender-indicator.js";
import { Consultation, type ConsultationGenderStats, type InitiativeGenderStats, type KindShare } from "./model.js";

/**
 * The period's figures read from the database and computed by the pure rules of
 * gender-indicator.ts; the GraphQL queries and the transparency scorecard share them.
 */
type Row = Record<string, unknown>;

export async function initiativeGenderStatsFor(ds: DataSource, p: Period): Promise<InitiativeGenderStats> {
  const facts: Row[] = await ds.query(
    `SELECT i.kind, l.gender AS lead_gender, l.party AS lead_party,
            coalesce(array_agg(c.gender) FILTER (WHERE c.gender IS NOT NULL), '{}') AS co_genders
     FROM initiative i JOIN councillor l ON l.id = i.lead_sponsor_id
     LEFT JOIN initiative_cosponsor ic ON ic.initiative_id = i.id LEFT JOIN councillor c ON c.id = ic.councillor_id
     WHERE i.submitted_at >= $1 AND i.submitted_at < $2 GROUP BY i.id, l.gender, l.party`, [p.start, p.end]);
  const seats: Row[] = await ds.query("SELECT gender, term_start, term_end, active FROM councillor");
  const r = genderIndicator(
    facts.map((f) => ({ kind: f.kind as string, lead: { gender: f.lead_gender as Gender, party: f.lead_party as string | null }, coSponsorGenders: f.co_genders as Gender[] })),
    seats.map((s) => ({ gender: s.gender as Gender, termStart: s.term_start as Date | null, termEnd: s.term_end as Date | null, active: s.active as boolean })),
    p);
  return { period: p.label, ...r, womenSeatSharePct: r.womenSeatSharePct ?? 0, byKind: r.byKind as KindShare[] };
}

export async function consultationsIn(ds: DataSource, p: Period): Promise<Consultation[]> {
  const rows: Row[] = await ds.query("SELECT * FROM consultation WHERE held_at >= $1 AND held_at < $2 ORDER BY held_at", [p.start, p.end]);
  return rows.map((r) => Object.assign(new Consultation(), {
    id: r.id, title: r.title, kind: r.kind, heldAt: r.held_at, women: r.women, men: r.men, otherOrUndisclosed: r.other_or_undisclosed, vulnerableGroups: r.vulnerable_groups,
  }));
}

export async function consultationStatsFor(ds: DataSource, p: Period): Promise<ConsultationGenderStats> {
  const list = await consultationsIn(ds, p);
  const s = participationShare(list.map((c) => ({ women: c.women, men: c.men, other: c.otherOrUndisclosed })));
  return { period: p.label, consultations: list.length, ...s, targetPct: CONSULTATION_WOMEN_TARGET_PCT, vulnerableGroups: list.reduce((a, c) => a + c.vulnerableGroups, 0) };
}
