import { councillorsById } from "../council/queries.js";
import { type Queryable, rows } from "../platform/db/rows.js";
import { periodOf } from "./gender-indicator.js";
import { Consultation, type ConsultationKind, type ConsultationStatus, Initiative, type InitiativeKind, type InitiativeStatus } from "./model.js";
import { isLateConsultationNotice } from "./rules.js";

export type InitiativeRow = {
  id: string; title: string; kind: InitiativeKind; submitted_at: Date; lead_sponsor_id: string; status: InitiativeStatus;
  agenda_item_id: string | null; version: number; created_by: string | null;
};
type CoSponsorRow = { initiative_id: string; councillor_id: string };

/** Initiatives with their sponsors, newest first; `where` filters the initiative table with `params`. */
export async function loadInitiatives(db: Queryable, where: string, params: unknown[]): Promise<Initiative[]> {
  const found = await rows<InitiativeRow>(db, `SELECT * FROM initiative ${where} ORDER BY submitted_at DESC, id`, params);
  if (found.length === 0) return [];
  const co = await rows<CoSponsorRow>(db,
    "SELECT initiative_id, councillor_id FROM initiative_cosponsor WHERE initiative_id = ANY($1::uuid[])", [found.map((r) => r.id)]);
  const byId = await councillorsById(db, [...new Set([...found.map((r) => r.lead_sponsor_id), ...co.map((c) => c.councillor_id)])]);
  return found.map((r) => Object.assign(new Initiative(), {
    id: r.id, title: r.title, kind: r.kind, submittedAt: r.submitted_at, leadSponsorId: r.lead_sponsor_id,
    leadSponsor: byId.get(r.lead_sponsor_id), status: r.status, agendaItemId: r.agenda_item_id, version: r.version,
    coSponsors: co.filter((c) => c.initiative_id === r.id).map((c) => byId.get(c.councillor_id)).filter(Boolean),
    period: periodOf(r.submitted_at),
  }));
}

export type ConsultationRow = {
  id: string; title: string; kind: ConsultationKind; status: ConsultationStatus; held_at: Date; announced_at: Date; place: string | null;
  agenda_item_id: string | null; agenda_item_title: string | null;
  women: number; men: number; other_or_undisclosed: number; vulnerable_groups: number; version: number;
};

/** Consultations and public meetings with their notice mark; `where` filters `consultation c` with `params`. */
export async function loadConsultations(db: Queryable, where: string, params: unknown[], order = "c.held_at, c.id"): Promise<Consultation[]> {
  const found = await rows<ConsultationRow>(db,
    `SELECT c.id, c.title, c.kind, c.status, c.held_at, c.announced_at, c.place, c.agenda_item_id, i.title AS agenda_item_title,
            c.women, c.men, c.other_or_undisclosed, c.vulnerable_groups, c.version
     FROM consultation c LEFT JOIN agenda_item i ON i.id = c.agenda_item_id ${where} ORDER BY ${order}`, params);
  return found.map((r) => Object.assign(new Consultation(), {
    id: r.id, title: r.title, kind: r.kind, status: r.status, heldAt: r.held_at, announcedAt: r.announced_at,
    lateNotice: isLateConsultationNotice(r.announced_at, r.held_at), place: r.place,
    agendaItemId: r.agenda_item_id, agendaItemTitle: r.agenda_item_title,
    women: r.women, men: r.men, otherOrUndisclosed: r.other_or_undisclosed, vulnerableGroups: r.vulnerable_groups, version: r.version,
  }));
}
