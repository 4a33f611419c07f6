import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { Field, InputType, ObjectType } from "type-graphql";
import type { DataSource } from "typeorm";
import { badInput, conflict } from "../errors.js";
import { DateTimeScalar } from "../scalars.js";

/**
 * Abuse-proof public forms without accounts or a third-party CAPTCHA (issue 16 point 7; docs/security.md):
 * 1. a honeypot field (`website`), hidden from people, which robots fill in;
 * 2. a minimum fill time: the form's ticket (`startPublicForm`) is signed with its opening moment, and a
 *    submission sooner than PUBLIC_FORM_MIN_SECONDS after it, or with a ticket older than a day or forged,
 *    is refused;
 * 3. a rate limit per client address (TRUST_PROXY decides the address) and form: PUBLIC_FORMS_PER_HOUR,
 *    counted in PostgreSQL so every instance shares it, and counted before the submission is checked.
 * Size limits and plain text are the inputs' own (platform/validation.ts `plainText`).
 */
export const HONEYPOT_FIELD = "website";
const TICKET_MAX_AGE_MS = 24 * 3600_000;

@ObjectType({ description: "Opens a public form: send `ticket` back with the submission (PublicFormProof)." })
export class PublicFormTicket {
  @Field(() => String) ticket: string;
  @Field(() => DateTimeScalar, { description: "The earliest moment a submission with this ticket is taken." }) notBefore: Date;
}

@InputType({ description: "What shows a public form was filled in by a person: its ticket and the empty honeypot field." })
export class PublicFormProof {
  @Field(() => String, { description: "From startPublicForm." }) ticket: string;
  @Field(() => String, { nullable: true, description: "Leave empty: a field hidden from people (a robot fills it in)." }) website?: string | null;
}

export class PublicFormGuard {
  private lastPrune = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly secret: string,
    private readonly limits: { perHour: number; minSeconds: number },
    private readonly now: () => Date = () => new Date(),
  ) {}

  ticket(): PublicFormTicket {
    const at = this.now().getTime();
    const body = `${at.toString(36)}.${randomBytes(6).toString("base64url")}`;
    return { ticket: `${body}.${this.sign(body)}`, notBefore: new Date(at + this.limits.minSeconds * 1000) };
  }

  /**
   * Passes a submission of `form` from `address`, or refuses it: BAD_USER_INPUT for a robot's form (the
   * honeypot, too fast, a bad or old ticket), CONFLICT with `retryAfterSeconds` past the rate limit.
   */
  async check(form: string, proof: PublicFormProof | null | undefined, address: string): Promise<void> {
    if (!proof) throw badInput("This form must be opened first (startPublicForm).");
    if (proof.website && proof.website.trim() !== "") throw badInput("The form was not accepted: leave the hidden field empty.");
    const parts = typeof proof.ticket === "string" ? proof.ticket.split(".") : [];
    const body = parts.slice(0, 2).join(".");
    if (parts.length !== 3 || !this.signatureMatches(body, parts[2])) throw badInput("The form's ticket is not valid: reload the page and fill it in again.");
    const openedAt = parseInt(parts[0], 36);
    const now = this.now().getTime();
    if (!Number.isFinite(openedAt) || now - openedAt > TICKET_MAX_AGE_MS) throw badInput("The form was opened more than a day ago: reload the page and fill it in again.");
    if (now - openedAt < this.limits.minSeconds * 1000) throw badInput("The form was sent too quickly after it was opened; check it and send it again.");
    await this.count(form, address, now);
  }

  private async count(form: string, address: string, now: number): Promise<void> {
    const hourStart = new Date(Math.floor(now / 3600_000) * 3600_000);
    const [{ uses }]: { uses: number }[] = await this.ds.query(
      `INSERT INTO public_form_use AS u (client_address, form, hour_start, uses) VALUES ($1, $2, $3, 1)
       ON CONFLICT (client_address, form, hour_start) DO UPDATE SET uses = u.uses + 1
       RETURNING uses`, [address.slice(0, 100), form, hourStart]);
    if (uses > this.limits.perHour) {
      const retryAfterSeconds = Math.max(1, Math.ceil((hourStart.getTime() + 3600_000 - now) / 1000));
      throw conflict(`Too many submissions of this form from your address: at most ${this.limits.perHour} an hour. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`, { retryAfterSeconds });
    }
  }

  /** Forgets counts older than a day; at most once an hour (a chore of the server's clock). */
  async prune(now: Date = this.now()): Promise<void> {
    if (now.getTime() - this.lastPrune < 3600_000) return;
    this.lastPrune = now.getTime();
    await this.ds.query("DELETE FROM public_form_use WHERE hour_start < $1", [new Date(now.getTime() - 24 * 3600_000)]);
  }

  private sign(body: string): string {
    return createHmac("sha256", this.secret).update(`kuvend-public-form\n${body}`).digest("base64url");
  }

  private signatureMatches(body: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature ?? "");
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
