import type { DataSource } from "typeorm";
import { type CalendarConfig, WorkingCalendar } from "../calendar/working-calendar.js";

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
  async reload(): Promise<WorkingCalendar> {
    const rows: { day: string }[] = await this.ds.query("SELECT to_char(day, 'YYYY-MM-DD') AS day FROM closed_day");
    this.current = new WorkingCalendar({ ...this.config, closedDays: rows.map((r) => r.day) });
    return this.current;
  }
}
