import type { DataSource, EntityManager } from "typeorm";
import { type CalendarConfig, WorkingCalendar } from "./working-calendar.js";

/**
 * The municipality's working calendar: configured office hours and country, plus
 * the closed days declared in the database. Rebuilt when a day is declared.
 */
export class CalendarService {
  private current: WorkingCalendar;
  constructor(private readonly ds: DataSource, private readonly config: CalendarConfig) {
    this.current = new WorkingCalendar(config);
  }
  get calendar(): WorkingCalendar {
    return this.current;
  }
  /** The calendar with the closed days as `m` sees them (a transaction sees its own new day). */
  async load(m: DataSource | EntityManager = this.ds): Promise<WorkingCalendar> {
    const rows: { day: string }[] = await m.query("SELECT to_char(day, 'YYYY-MM-DD') AS day FROM closed_day");
    return new WorkingCalendar({ ...this.config, closedDays: rows.map((r) => r.day) });
  }
  async reload(): Promise<WorkingCalendar> {
    this.current = await this.load();
    return this.current;
  }
}
