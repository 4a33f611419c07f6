import type { Express, Request } from "express";
import ical, { ICalCalendarMethod } from "ical-generator";
import type { DataSource } from "typeorm";
import { rows } from "../platform/db/rows.js";
import { isWellFormedId } from "../platform/errors.js";
import type { PublicAddress } from "../platform/http/public-url.js";
import type { Logger } from "../platform/logger.js";
import { formatInTirana } from "../platform/tirana-time.js";
import { CONSULTATION_NOTICE_DAYS, isLateConsultationNotice } from "../initiatives/rules.js";
import { isLateNotice, NOTICE_DAYS } from "../sessions/rules.js";

/** How far back a calendar keeps meetings that already took place (a subscriber still sees this month's). */
export const CALENDAR_PAST_DAYS = 30;

type SessionRow = {
  id: string; body_id: string; body: string; kind: "COUNCIL" | "COMMITTEE"; title: string; status: string;
  scheduled_at: Date; announced_at: Date; closed_at: Date | null; version: number;
};
type ItemRow = { session_id: string; position: number; title: string; status: string };

/** The meetings a calendar lists: those still to come or under way, and those of the last CALENDAR_PAST_DAYS days. */
export async function calendarSessions(ds: DataSource, bodyId: string | null): Promise<{ sessions: SessionRow[]; items: Map<string, ItemRow[]> }> {
  const sessions = await rows<SessionRow>(ds, `
    SELECT s.id, s.body_id, b.name AS body, b.kind, s.title, s.status, s.scheduled_at, s.announced_at, s.closed_at, s.version
    FROM council_session s JOIN body b ON b.id = s.body_id
    WHERE (s.status <> 'CLOSED' OR s.scheduled_at >= now() - make_interval(days => $1))
      AND ($2::uuid IS NULL OR s.body_id = $2::uuid) AND ($2::uuid IS NOT NULL OR b.kind = 'COUNCIL')
    ORDER BY s.scheduled_at, s.id`, [CALENDAR_PAST_DAYS, bodyId]);
  const items = new Map<string, ItemRow[]>();
  if (sessions.length > 0) {
    for (const i of await rows<ItemRow>(ds,
      "SELECT session_id, position, title, status FROM agenda_item WHERE session_id = ANY($1::uuid[]) ORDER BY session_id, position",
      [sessions.map((s) => s.id)])) {
      const list = items.get(i.session_id) ?? [];
      list.push(i);
      items.set(i.session_id, list);
    }
  }
  return { sessions, items };
}

/** The DESCRIPTION of a meeting: the late-notice mark when there is one, the agenda [rendi i ditës], the page. */
export function meetingDescription(s: SessionRow, items: readonly ItemRow[], pageUrl: string): string {
  const lines: string[] = [];
  if (isLateNotice(s.kind, s.announced_at, s.scheduled_at)) {
    lines.push(`NJOFTIM I VONUAR: u njoftua më ${tirana(s.announced_at)}, më pak se ${NOTICE_DAYS[s.kind]} ditë para mbledhjes.`, "");
  }
  lines.push(`${s.body}.`, "");
  if (items.length === 0) lines.push("Rendi i ditës do të publikohet.");
  else {
    lines.push("Rendi i ditës:");
    for (const i of items) lines.push(`${i.position}. ${i.title}${i.status === "WITHDRAWN" ? " (tërhequr)" : i.status === "DEFERRED" ? " (shtyrë)" : ""}`);
  }
  lines.push("", pageUrl);
  return lines.join("\n");
}

type ConsultationEventRow = {
  id: string; title: string; kind: "CONSULTATION" | "HEARING"; held_at: Date; announced_at: Date; place: string | null; version: number;
};

/** The consultations and public meetings the council's calendar lists: to come, or held in the last CALENDAR_PAST_DAYS days. */
export async function calendarConsultations(ds: DataSource): Promise<ConsultationEventRow[]> {
  return rows<ConsultationEventRow>(ds, `
    SELECT id, title, kind, held_at, announced_at, place, version FROM consultation
    WHERE held_at >= now() - make_interval(days => $1) ORDER BY held_at, id`, [CALENDAR_PAST_DAYS]);
}

/** The DESCRIPTION of a consultation or public meeting: the late-notice mark when there is one, its kind, the page. */
export function consultationDescription(c: ConsultationEventRow, pageUrl: string): string {
  const lines: string[] = [];
  if (isLateConsultationNotice(c.announced_at, c.held_at)) {
    lines.push(`NJOFTIM I VONUAR: u njoftua më ${tirana(c.announced_at)}, më pak se ${CONSULTATION_NOTICE_DAYS} ditë para takimit.`, "");
  }
  lines.push(c.kind === "HEARING" ? "Dëgjesë publike, e hapur për të gjithë." : "Konsultim publik, i hapur për të gjithë.", "", pageUrl);
  return lines.join("\n");
}

/**
 * iCalendar feeds (RFC 5545) of the council's meetings, for a phone's or a newsroom's calendar:
 *   /kalendari.ics            the municipal council's sessions
 *   /kalendari/<bodyId>.ics   one committee's (or the council's) meetings
 * One VEVENT per meeting: UID `<session id>@<host of PUBLIC_URL>` (stable: a subscriber's calendar
 * updates the event rather than adding another), DTSTART in UTC, DTEND when the meeting closed, SEQUENCE
 * the session's version, SUMMARY the title, URL the session's page, DESCRIPTION the agenda with the
 * late-notice mark. The council's feed also lists consultations and public meetings [dëgjesa publike]
 * (UID `consultation-<id>@<host>`, LOCATION their place, DESCRIPTION their late-notice mark).
 * Kuvend records no place or cancellation for a meeting, so there is no LOCATION and
 * no STATUS:CANCELLED yet (docs/decisions.md, "Feeds, calendar and alerts").
 */
export function mountCalendarRoutes(app: Express, ds: DataSource, log: Logger, address: PublicAddress): void {
  const send = async (req: Request, res: import("express").Response, bodyId: string | null) => {
    try {
      if (bodyId !== null) {
        const [body] = isWellFormedId(bodyId) ? await rows<{ id: string }>(ds, "SELECT id FROM body WHERE id = $1", [bodyId]) : [];
        if (!body) {
          res.status(404).type("text/plain; charset=utf-8").send("No such council or committee.\n");
          return;
        }
      }
      const { sessions, items } = await calendarSessions(ds, bodyId);
      const [council] = await rows<{ name: string }>(ds, bodyId
        ? "SELECT name FROM body WHERE id = $1" : "SELECT name FROM body WHERE kind = 'COUNCIL'", bodyId ? [bodyId] : []);
      const name = council?.name ?? "Kuvend";
      const host = address.host(req);
      const url = (path: string) => address.absoluteUrl(path, req);
      const calendar = ical({
        name: `${name} — mbledhjet`,
        description: `Mbledhjet e ${name}: data, ora dhe rendi i ditës (Kuvend).`,
        prodId: { company: "Kuvend", product: "kalendari", language: "SQ" },
        url: url(bodyId ? `/kalendari/${bodyId}.ics` : "/kalendari.ics"),
        method: ICalCalendarMethod.PUBLISH,
        ttl: 60 * 60,
      });
      for (const s of sessions) {
        const page = url(`/seanca/${s.id}`);
        calendar.createEvent({
          id: `${s.id}@${host}`,
          sequence: s.version,
          start: s.scheduled_at,
          end: s.closed_at,
          summary: s.title,
          description: meetingDescription(s, items.get(s.id) ?? [], page),
          url: page,
        });
      }
      if (bodyId === null) {
        const page = url("/konsultimet");
        for (const c of await calendarConsultations(ds)) {
          calendar.createEvent({
            id: `consultation-${c.id}@${host}`,
            sequence: c.version,
            start: c.held_at,
            summary: c.title,
            location: c.place,
            description: consultationDescription(c, page),
            url: page,
          });
        }
      }
      res.type("text/calendar; charset=utf-8")
        .set("Cache-Control", "public, max-age=300")
        .set("Access-Control-Allow-Origin", "*")
        .set("Content-Disposition", `inline; filename="${bodyId ? `kalendari-${bodyId}` : "kalendari"}.ics"`)
        .send(calendar.toString());
    } catch (err) {
      log.error({ err }, "calendar feed failed");
      if (!res.headersSent) res.status(500).type("text/plain").send("The calendar is unavailable; try again shortly.\n");
    }
  };
  app.get("/kalendari.ics", (req, res) => send(req, res, null));
  app.get("/kalendari/:file", (req, res, next) => {
    const m = /^(.+)\.ics$/.exec(String(req.params.file));
    if (!m) return next();
    void send(req, res, m[1]);
  });
}

const tirana = (d: Date) => formatInTirana(d, "sq-AL", { dateStyle: "long", timeStyle: "short" });
