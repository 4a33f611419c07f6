import type { DataSource } from "typeorm";
import { CONSULTATION_WOMEN_TARGET_PCT, genderIndicator, type Gender, participationShare, type Period } from "./gender-indicator.js";
import { rows } from "../platform/db/rows.js";
import type { Consultation, ConsultationGenderStats, InitiativeGenderStats, KindShare } from "./model.js";
import { loadConsultations } from "./queries.js";

/**
 * The period's figures read from the database and computed by the pure rules of
 * gender-indicator.ts; the GraphQL queries and the transparency scorecard share them.
 */
type SponsorshipRow = { kind: string; lead_gender: Gender; lead_party: string | null; co_genders: Gender[] };
type SeatRow = { gender: Gender; term_start: Date | null; term_end: Date | null; active: boolean };

export async function initiativeGenderStatsFor(ds: DataSource, p: Period): Promise<InitiativeGenderStats> {
  const facts = await rows<SponsorshipRow>(ds,
    `SELECT i.kind, l.gender AS lead_gender, l.party AS lead_party,
            coalesce(array_agg(c.gender) FILTER (WHERE c.gender IS NOT NULL), '{}') AS co_genders
     FROM initiative i JOIN councillor l ON l.id = i.lead_sponsor_id
     LEFT JOIN initiative_cosponsor ic ON ic.initiative_id = i.id LEFT JOIN councillor c ON c.id = ic.councillor_id
     WHERE i.submitted_at >= $1 AND i.submitted_at < $2 GROUP BY i.id, l.gender, l.party`, [p.start, p.end]);
  const seats = await rows<SeatRow>(ds, "SELECT gender, term_start, term_end, active FROM councillor");
  const r = genderIndicator(
    facts.map((f) => ({ kind: f.kind, lead: { gender: f.lead_gender, party: f.lead_party }, coSponsorGenders: f.co_genders })),
    seats.map((s) => ({ gender: s.gender, termStart: s.term_start, termEnd: s.term_end, active: s.active })),
    p);
  return { period: p.label, ...r, womenSeatSharePct: r.womenSeatSharePct ?? 0, byKind: r.byKind as KindShare[] };
}

/** The consultations HELD in the period, with their participants (announced ones not yet held have none to count). */
export async function consultationsIn(ds: DataSource, p: Period): Promise<Consultation[]> {
  return loadConsultations(ds, "WHERE c.status = 'HELD' AND c.held_at >= $1 AND c.held_at < $2", [p.start, p.end]);
}

export async function consultationStatsFor(ds: DataSource, p: Period): Promise<ConsultationGenderStats> {
  const list = await consultationsIn(ds, p);
  const s = participationShare(list.map((c) => ({ women: c.women, men: c.men, other: c.otherOrUndisclosed })));
  return { period: p.label, consultations: list.length, ...s, targetPct: CONSULTATION_WOMEN_TARGET_PCT, vulnerableGroups: list.reduce((a, c) => a + c.vulnerableGroups, 0) };
}
