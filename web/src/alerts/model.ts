/** What an alert form follows: exactly one of a councillor, a body (council or committee) or a search. */
export type AlertTarget = { councillorId: string } | { bodyId: string } | { search: string };

/** The mutation's input for an address and a target (the address trimmed; the server compares it in lower case). */
export function subscriptionInput(email: string, target: AlertTarget) {
  return { email: email.trim(), ...target };
}

/** A quick check before sending (the server decides): something@something.something, no spaces. */
export function looksLikeEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim());
}
