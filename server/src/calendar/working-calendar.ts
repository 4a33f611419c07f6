import Holidays from "date-holidays";
import { DateTime } from "luxon";
import { TIRANA_ZONE } from "../platform/tirana-time.js";

/**
 * Working time of a municipality's offices (DOMAIN.md, One Stop Shop): Monday to
 * Friday within office hours in the municipality's time zone, minus the public
 * holidays of its country (Albania AL or Kosovo XK, substitute days included,
 * from the date-holidays library) and the extra days the municipality declares
 * closed. Pure: no clock, no database.
 */
export type CalendarConfig = {
  country: "AL" | "XK";
  timeZone: string; // "Europe/Tirane"
  opensAt: string; // "08:00"
  closesAt: string; // "16:00"
  /** Extra non-working days declared by the municipality, as YYYY-MM-DD. */
  closedDays?: Iterable<string>;
};

export const DEFAULT_CALENDAR: CalendarConfig = { country: "AL", timeZone: TIRANA_ZONE, opensAt: "08:00", closesAt: "16:00" };

type Clock = { hour: number; minute: number };

export class WorkingCalendar {
  readonly minutesPerDay: number;
  private readonly opens: Clock;
  private readonly closes: Clock;
  private readonly holidays: Holidays;
  private readonly holidayYears = new Map<number, Map<string, string>>();
  private readonly closed: Set<string>;

  constructor(readonly config: CalendarConfig) {
    this.opens = parseClock(config.opensAt);
    this.closes = parseClock(config.closesAt);
    this.minutesPerDay = this.closes.hour * 60 + this.closes.minute - (this.opens.hour * 60 + this.opens.minute);
    if (this.minutesPerDay <= 0) throw new Error(`Office hours ${config.opensAt}–${config.closesAt} are empty`);
    if (!DateTime.local().setZone(config.timeZone).isValid) throw new Error(`Unknown time zone ${config.timeZone}`);
    this.holidays = new Holidays(config.country);
    this.closed = new Set(config.closedDays ?? []);
  }

  /** The public holiday on a local date (YYYY-MM-DD), by its Albanian name, or null. */
  holidayOn(date: string): string | null {
    const year = Number(date.slice(0, 4));
    let days = this.holidayYears.get(year);
    if (!days) {
      days = new Map();
      for (const h of this.holidays.getHolidays(year) || []) {
        // Islamic holidays start the evening before in the library; the day off is the calendar date.
        if (h.type === "public") days.set(h.date.slice(0, 10), days.has(h.date.slice(0, 10)) ? `${days.get(h.date.slice(0, 10))}; ${h.name}` : h.name);
      }
      this.holidayYears.set(year, days);
    }
    return days.get(date) ?? null;
  }

  isWorkingDay(date: string): boolean {
    const d = DateTime.fromISO(date, { zone: this.config.timeZone });
    return d.weekday <= 5 && !this.closed.has(date) && this.holidayOn(date) === null;
  }

  /**
   * The moment `minutes` of working time after `from`. Time outside office hours
   * does not count, so a request received after hours or on a holiday starts at
   * the next opening. A result that falls exactly on closing time is given as the
   * next opening: it is the same working-clock position, and nothing is late
   * before work resumes.
   */
  addWorkingMinutes(from: Date, minutes: number): Date {
    if (minutes < 0) throw new RangeError("minutes must be 0 or more");
    let remaining = minutes;
    let cursor: DateTime = DateTime.fromJSDate(from, { zone: this.config.timeZone });
    for (let guard = 0; guard < 50_000; guard++) {
      const date = cursor.toISODate() as string;
      if (this.isWorkingDay(date)) {
        const open = this.at(cursor, this.opens);
        const close = this.at(cursor, this.closes);
        if (cursor < open) cursor = open;
        if (cursor < close) {
          const available = close.diff(cursor, "minutes").minutes;
          if (remaining < available) return cursor.plus({ minutes: remaining }).toJSDate();
          remaining -= available;
        }
      }
      cursor = cursor.plus({ days: 1 }).startOf("day");
    }
    throw new RangeError("working time beyond the calendar's range");
  }

  /** N working days later at the same working-clock position (DOMAIN.md). */
  addWorkingDays(from: Date, days: number): Date {
    return this.addWorkingMinutes(from, days * this.minutesPerDay);
  }

  /** Working minutes between two moments (negative when `to` is before `from`). */
  workingMinutesBetween(from: Date, to: Date): number {
    if (to < from) return -this.workingMinutesBetween(to, from);
    const end = DateTime.fromJSDate(to, { zone: this.config.timeZone });
    let cursor: DateTime = DateTime.fromJSDate(from, { zone: this.config.timeZone });
    let total = 0;
    while (cursor < end) {
      if (this.isWorkingDay(cursor.toISODate() as string)) {
        const open = this.at(cursor, this.opens);
        const close = this.at(cursor, this.closes);
        const start = cursor > open ? cursor : open;
        const stop = end < close ? end : close;
        if (stop > start) total += stop.diff(start, "minutes").minutes;
      }
      cursor = cursor.plus({ days: 1 }).startOf("day");
    }
    return Math.round(total * 1000) / 1000;
  }

  private at(day: DateTime, clock: Clock): DateTime {
    return day.set({ hour: clock.hour, minute: clock.minute, second: 0, millisecond: 0 });
  }
}

function parseClock(value: string): Clock {
  const m = /^(\d{2}):(\d{2})$/.exec(value);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) throw new Error(`Office hours must be HH:MM, got "${value}"`);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}
