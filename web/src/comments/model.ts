// Pure helpers of the comments' pages (tested in model.test.ts).

/** What a key does in the moderation queue (the page's documented shortcuts); null: not a shortcut. */
export type QueueKeyAction = "next" | "previous" | "publish" | "reject" | "answer" | "first" | "last";

export function queueKeyAction(e: { key: string; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean }): QueueKeyAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  switch (e.key) {
    case "j": case "ArrowDown": return "next";
    case "k": case "ArrowUp": return "previous";
    case "Home": return "first";
    case "End": return "last";
    case "p": return "publish";
    case "r": return "reject";
    case "a": return "answer";
    default: return null;
  }
}

/** The index after a move, kept inside the list (no wrap: the ends are where a reader expects them). */
export function movedIndex(current: number, action: "next" | "previous" | "first" | "last", length: number): number {
  if (length === 0) return 0;
  if (action === "first") return 0;
  if (action === "last") return length - 1;
  const next = current + (action === "next" ? 1 : -1);
  return Math.min(length - 1, Math.max(0, next));
}

/** Keys typed into a field belong to the field, not to the queue's shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as { tagName?: string; isContentEditable?: boolean } | null;
  if (!el || !el.tagName) return false;
  return ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName) || el.isContentEditable === true;
}

/** Women's share (0–100, rounded) of those who gave their gender, or null when none did. */
export function womenPercent(r: { women: number; men: number; otherGender: number }): number | null {
  const gave = r.women + r.men + r.otherGender;
  return gave === 0 ? null : Math.round((100 * r.women) / gave);
}

export const COMMENT_MAX = 4000;
