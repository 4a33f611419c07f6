// Small pure helpers of the secretariat's console: the limit typed for a
// speech, and whether a key press belongs to a field rather than a shortcut.

/**
 * Another limit for a speech as typed: "" (none: the request's own limit),
 * "3" (minutes) or "2:30" (minutes and seconds). Seconds, null for none,
 * undefined when the text is not a time.
 */
export function parseLimit(text: string): number | null | undefined {
  const value = text.trim();
  if (value === "") return null;
  const match = /^(\d{1,3})(?::([0-5]\d))?$/.exec(value);
  if (!match) return undefined;
  const seconds = Number(match[1]) * 60 + Number(match[2] ?? 0);
  return seconds > 0 ? seconds : undefined;
}

/** True when a key press goes to something one types in: shortcuts stay out of its way. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== "string") return false;
  const element = target as HTMLElement;
  const tag = element.tagName.toLowerCase();
  return tag === "input" || tag === "select" || tag === "textarea" || element.isContentEditable;
}
