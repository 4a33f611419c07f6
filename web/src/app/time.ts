// Council time is Tirana time (Europe/Tirane, also Kosovo's offset): dates are
// shown and entered in that zone whatever the viewer's computer says.
export const COUNCIL_TIME_ZONE = "Europe/Tirane";

/** Offset of Europe/Tirane at an instant, in minutes east of UTC. */
function offsetMinutesAt(instant: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: COUNCIL_TIME_ZONE,
    timeZoneName: "longOffset",
  }).formatToParts(instant);
  const name = parts.find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === "-" ? -minutes : minutes;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${sign}${hh}:${mm}`;
}

/**
 * Turns a `<input type="datetime-local">` value ("2026-12-07T10:00"), read as
 * Tirana wall-clock time, into an ISO-8601 string with its offset
 * ("2026-12-07T10:00:00+01:00"). Returns null for an empty or invalid value.
 */
export function tiraneLocalToIso(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  const wallAsUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  // Two passes settle the offset around daylight-saving changes.
  let offset = offsetMinutesAt(new Date(wallAsUtc));
  offset = offsetMinutesAt(new Date(wallAsUtc - offset * 60_000));
  return `${y}-${mo}-${d}T${h}:${mi}:${s ?? "00"}${formatOffset(offset)}`;
}

/** The current Tirana wall-clock time as a datetime-local value, rounded to the minute. */
export function nowAsTiraneLocal(addDays = 0): string {
  const instant = new Date(Date.now() + addDays * 86_400_000);
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: COUNCIL_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "00";
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}
