import type { EntityManager } from "typeorm";
import { DEFAULT_CALENDAR, WorkingCalendar } from "../calendar/working-calendar.js";
import { allowedMinutes, closedState, deadlines, nextClockChange, runningState, RequestStatus } from "../oss/sla.js";
import { random } from "./random.js";
import { tiranaDate, tiranaDayStart } from "../platform/tirana-time.js";

/**
 * One Stop Shop demo data: the central OSS and four administrative units of
 * Elbasan, a charter of 18 services with published SLAs, and a year of requests
 * with a realistic mix of on-time and late ones, complaints and ratings.
 * Deterministic (seeded), written in bulk.
 */
export const DEMO_OFFICES: [code: string, name: string, kind: "CENTRAL" | "UNIT"][] = [
  ["ZNN-QENDER", "Zyra me Një Ndalesë – Qendra", "CENTRAL"],
  ["NJA-BRADASHESH", "Njësia Administrative Bradashesh", "UNIT"],
  ["NJA-SHIRGJAN", "Njësia Administrative Shirgjan", "UNIT"],
  ["NJA-LABINOT", "Njësia Administrative Labinot-Fushë", "UNIT"],
  ["NJA-PAPER", "Njësia Administrative Papër", "UNIT"],
];

// code, Albanian name, English name, category, SLA days, SLA hours, weight in demand
export const DEMO_SERVICES: [string, string, string, string, number | null, number | null, number][] = [
  ["GC-CERT-PERS", "Certifikatë personale", "Personal certificate", "Gjendja civile", null, 2, 14],
  ["GC-CERT-FAM", "Certifikatë familjare", "Family certificate", "Gjendja civile", null, 2, 12],
  ["GC-CERT-LIND", "Certifikatë lindjeje", "Birth certificate", "Gjendja civile", null, 4, 6],
  ["GC-CERT-MART", "Certifikatë martese", "Marriage certificate", "Gjendja civile", 1, null, 3],
  ["GC-VERT-BAN", "Vërtetim vendbanimi", "Certificate of residence", "Gjendja civile", 1, null, 6],
  ["TT-VERT-DET", "Vërtetim për detyrimet tatimore vendore", "Local tax clearance certificate", "Taksat dhe tarifat", 1, null, 8],
  ["TT-REG-BIZ", "Regjistrim i biznesit të vogël për taksat vendore", "Small business local tax registration", "Taksat dhe tarifat", 2, null, 4],
  ["PR-VERT-PRON", "Vërtetim pronësie", "Property ownership certificate", "Pronat", 5, null, 6],
  ["PR-KART-TRUAL", "Kartelë e truallit / planvendosje", "Land plot map extract", "Pronat", 5, null, 3],
  ["UR-LEJE-PUN", "Leje për punime që nuk kërkojnë leje ndërtimi", "Permit for minor works", "Urbanistika", 10, null, 3],
  ["UR-LEJE-NDER", "Leje ndërtimi", "Building permit", "Urbanistika", 30, null, 2],
  ["UR-HAP-PUB", "Leje për zënie të hapësirës publike", "Public space occupation permit", "Urbanistika", 5, null, 3],
  ["SH-NDIH-EKON", "Aplikim për ndihmë ekonomike", "Social assistance application", "Shërbimet sociale", 15, null, 5],
  ["SH-PAG-PAAFT", "Pagesa për personat me aftësi të kufizuar", "Disability allowance", "Shërbimet sociale", 20, null, 2],
  ["SH-STREHIM", "Aplikim për strehim social", "Social housing application", "Shërbimet sociale", 30, null, 1],
  ["UJ-LIDHJE", "Lidhje e re me rrjetin e ujësjellësit", "New water supply connection", "Shërbime publike", 10, null, 3],
  ["TR-PARK", "Leje parkimi për banorët", "Resident parking permit", "Transporti", 3, null, 3],
  ["IN-KERK-INFO", "Kërkesë për informacion publik", "Request for public information", "Transparenca", 10, null, 3],
];

export async function loadOssDemo(tx: EntityManager, now: Date, createdBy: string): Promise<void> {
  const calendar = new WorkingCalendar(DEFAULT_CALENDAR);
  const offices: { id: string; code: string }[] = [];
  for (const [code, name, kind] of DEMO_OFFICES) {
    const [o] = await tx.query("INSERT INTO office (code, name, kind) VALUES ($1, $2, $3) RETURNING id, code", [code, name, kind]);
    offices.push(o);
  }
  const types: { id: string; days: number | null; hours: number | null; weight: number }[] = [];
  for (const [code, sq, en, category, days, hours, weight] of DEMO_SERVICES) {
    const [t] = await tx.query(
      "INSERT INTO service_type (code, name_sq, name_en, category, sla_working_days, sla_working_hours) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
      [code, sq, en, category, days, hours]);
    types.push({ id: t.id, days, hours, weight });
  }
  const totalWeight = types.reduce((s, t) => s + t.weight, 0);
  const rnd = random(20261124);
  const pick = () => {
    let x = rnd() * totalWeight;
    for (const t of types) if ((x -= t.weight) < 0) return t;
    return types[types.length - 1];
  };

  const cols = {
    reference: [] as string[], type: [] as string[], office: [] as string[], received: [] as Date[], gender: [] as (string | null)[],
    status: [] as string[], allowed: [] as number[], due: [] as Date[], atRisk: [] as Date[], state: [] as string[], next: [] as (Date | null)[],
    paused: [] as (Date | null)[], waiting: [] as number[], completed: [] as (Date | null)[], processing: [] as (number | null)[],
  };
  const ratings: { ref: string; rating: number; at: Date }[] = [];
  const complaints: { ref: string | null; office: string; at: Date; text: string }[] = [];
  let n = 0;
  for (let back = 365; back >= 0; back--) {
    const day = new Date(now.getTime() - back * 86_400_000);
    const date = tiranaDate(day);
    if (!calendar.isWorkingDay(date)) continue;
    const opening = calendar.addWorkingMinutes(tiranaDayStart(date), 0);
    const perDay = 8 + Math.floor(rnd() * 9);
    for (let k = 0; k < perDay; k++) {
      const receivedAt = new Date(opening.getTime() + Math.floor(rnd() * calendar.minutesPerDay) * 60_000);
      if (receivedAt > now) continue;
      const type = pick();
      const office = rnd() < 0.6 ? offices[0] : offices[1 + Math.floor(rnd() * 4)];
      const allowed = allowedMinutes({ workingDays: type.days, workingHours: type.hours }, calendar);
      const waits = rnd() < 0.15;
      const waiting = waits ? Math.round((0.5 + rnd() * 2) * calendar.minutesPerDay) : 0;
      const late = rnd() < 0.22;
      const processing = Math.max(10, Math.round(allowed * (late ? 1.05 + rnd() * 0.8 : 0.15 + rnd() * 0.8)));
      const d = deadlines({ receivedAt, allowedMinutes: allowed, waitingMinutes: waiting }, calendar);
      const completedAt = calendar.addWorkingMinutes(receivedAt, processing + waiting);
      const reference = `ZNN-${date.slice(0, 4)}-${String(++n).padStart(6, "0")}`;
      cols.reference.push(reference); cols.type.push(type.id); cols.office.push(office.id); cols.received.push(receivedAt);
      const g = rnd();
      cols.gender.push(g < 0.49 ? "FEMALE" : g < 0.93 ? "MALE" : g < 0.96 ? "UNDISCLOSED" : null);
      cols.allowed.push(allowed);
      if (completedAt <= now) {
        const rejected = rnd() < 0.06;
        cols.status.push(rejected ? RequestStatus.REJECTED : RequestStatus.COMPLETED);
        cols.due.push(d.dueAt); cols.atRisk.push(d.atRiskAt); cols.state.push(closedState(completedAt, d.dueAt)); cols.next.push(null);
        cols.paused.push(null); cols.waiting.push(waiting); cols.completed.push(completedAt); cols.processing.push(processing);
        if (!rejected && rnd() < 0.4) {
          const met = completedAt <= d.dueAt;
          const rating = met ? (rnd() < 0.7 ? 5 : rnd() < 0.8 ? 4 : 3) : (rnd() < 0.5 ? 2 : rnd() < 0.6 ? 3 : 1);
          ratings.push({ ref: reference, rating, at: completedAt });
        }
        if (completedAt > d.dueAt && rnd() < 0.12) complaints.push({ ref: reference, office: office.id, at: completedAt, text: "Shërbimi u vonua përtej afatit të publikuar." });
      } else {
        // Still open today: in progress, or waiting on the citizen, with its clock where it stands now.
        const pausedNow = waits && rnd() < 0.5;
        const waited = pausedNow ? 0 : waiting;
        const dd = deadlines({ receivedAt, allowedMinutes: allowed, waitingMinutes: waited }, calendar);
        const state = runningState(now, dd);
        cols.status.push(pausedNow ? RequestStatus.WAITING_ON_CITIZEN : rnd() < 0.2 ? RequestStatus.RECEIVED : RequestStatus.IN_PROGRESS);
        cols.due.push(dd.dueAt); cols.atRisk.push(dd.atRiskAt); cols.state.push(state); cols.next.push(pausedNow ? null : nextClockChange(state, dd));
        cols.paused.push(pausedNow ? new Date(Math.min(now.getTime(), receivedAt.getTime() + 3 * 3600_000)) : null);
        cols.waiting.push(waited); cols.completed.push(null); cols.processing.push(null);
      }
    }
    if (rnd() < 0.08) complaints.push({ ref: null, office: offices[Math.floor(rnd() * offices.length)].id, at: new Date(opening.getTime() + 3600_000), text: "Radhë e gjatë dhe mungesë informacioni në sportel." });
  }

  for (let i = 0; i < cols.reference.length; i += 2000) {
    const s = (a: unknown[]) => a.slice(i, i + 2000);
    await tx.query(
      `INSERT INTO service_request (reference, service_type_id, office_id, received_at, citizen_gender, status, allowed_minutes, due_at, at_risk_at,
         sla_state, next_check_at, paused_at, waiting_minutes, completed_at, processing_minutes, created_by)
       SELECT *, $16::uuid FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::text[], $6::text[], $7::int[], $8::timestamptz[],
         $9::timestamptz[], $10::text[], $11::timestamptz[], $12::timestamptz[], $13::numeric[], $14::timestamptz[], $15::numeric[])`,
      [s(cols.reference), s(cols.type), s(cols.office), s(cols.received), s(cols.gender), s(cols.status), s(cols.allowed), s(cols.due),
        s(cols.atRisk), s(cols.state), s(cols.next), s(cols.paused), s(cols.waiting), s(cols.completed), s(cols.processing), createdBy],
    );
  }
  await tx.query("SELECT setval('service_request_number', $1)", [n + 1]);
  await tx.query(
    `INSERT INTO satisfaction_rating (request_id, rating, rated_at)
     SELECT r.id, x.rating, x.at FROM unnest($1::text[], $2::int[], $3::timestamptz[]) AS x(ref, rating, at) JOIN service_request r ON r.reference = x.ref`,
    [ratings.map((r) => r.ref), ratings.map((r) => r.rating), ratings.map((r) => r.at)]);
  await tx.query(
    `INSERT INTO complaint (office_id, request_id, received_at, description, created_by)
     SELECT x.office, r.id, x.at, x.text, $5::uuid FROM unnest($1::text[], $2::uuid[], $3::timestamptz[], $4::text[]) AS x(ref, office, at, text)
     LEFT JOIN service_request r ON r.reference = x.ref`,
    [complaints.map((c) => c.ref), complaints.map((c) => c.office), complaints.map((c) => c.at), complaints.map((c) => c.text), createdBy]);
}
