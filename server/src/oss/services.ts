import type { DataSource } from "typeorm";
import { type CalendarConfig, DEFAULT_CALENDAR } from "../calendar/working-calendar.js";
import type { Logger } from "../platform/logger.js";
import { LiveFeed } from "../platform/realtime/live-feed.js";
import { CalendarService } from "../calendar/calendar-service.js";
import type { ServiceRequest } from "./model.js";
import { loadRequest } from "./queries.js";
import { DeadlineClock, type DeadlineTrack } from "../platform/deadlines/clock.js";
import { notifyChange } from "../platform/realtime/events.js";

/** What the One Stop Shop needs while the server runs: its calendar, clock, and live feed. */
export type OssServices = {
  calendars: CalendarService;
  now: () => Date;
  /** The server's one deadline clock: service requests, and the other areas' tracks given to it. */
  clock: DeadlineClock;
  feed: LiveFeed<ServiceRequest>;
  /** A request changed (from a LISTEN/NOTIFY event): load it once, deliver to every subscriber here. */
  changed(id: string): void;
  stop(): Promise<void>;
};

export async function createOssServices(
  ds: DataSource, log: Logger, options: { calendar?: Partial<CalendarConfig>; now?: () => Date; tickMs?: number | null; chores?: ((now: Date) => Promise<unknown>)[]; tracks?: readonly DeadlineTrack[] } = {},
): Promise<OssServices> {
  const calendars = new CalendarService(ds, { ...DEFAULT_CALENDAR, ...options.calendar });
  await calendars.reload();
  const now = options.now ?? (() => new Date());
  const clock = new DeadlineClock(ds, log, [serviceRequestTrack, ...(options.tracks ?? [])], now, options.chores);
  if (options.tickMs !== null) clock.start(options.tickMs ?? 1000);
  const feed = new LiveFeed<ServiceRequest>(async () => null, (err) => log.error({ err }, "could not load a service request for its subscribers"));
  return {
    calendars, now, clock, feed,
    changed: (id) => feed.deliver("all", () => loadRequest(ds, id)),
    async stop() {
      await clock.stop();
      feed.closeAll();
    },
  };
}

/** Service requests on the deadline clock: a changed SLA state reaches the queue's subscribers. */
export const serviceRequestTrack: DeadlineTrack = {
  table: "service_request",
  subjectType: "service_request",
  notify: (tx, id) => notifyChange(tx, { topic: "serviceRequest", id }),
};
