import type { DataSource } from "typeorm";
import { transaction } from "../platform/db/transaction.js";
import { conflict, notFoundWith } from "../platform/errors.js";
import type { PublicAddress } from "../platform/http/public-url.js";
import type { Logger } from "../platform/logger.js";
import { formatInTirana } from "../platform/tirana-time.js";
import { confirmSubscription } from "./commands/confirm-subscription.js";
import { requestSubscription, type RequestSubscriptionProps } from "./commands/request-subscription.js";
import { unsubscribe } from "./commands/unsubscribe.js";
import type { AlertMailer, AlertMessage } from "./mailer.js";
import { AlertTargetKind, type AlertSubscriptionState } from "./model.js";
import { type PendingAlert, pendingAlerts, subscriptionRow } from "./queries.js";
import { CONFIRM_HOURS, participationWords, signLink, verifyLink } from "./rules.js";

/** How many alerts of each kind one round sends at most (the next round sends the rest). */
const ROUND_LIMIT = 200;

/**
 * E-mail alerts while the server runs: subscription requests, their links, and the round that sends what
 * is new. Off (enabled = false) without SMTP_URL: the GraphQL field alertsEnabled says so, the web hides
 * the forms, and the mutations answer CONFLICT. The round runs on the server's clock (a chore of the SLA
 * clock, at most every `checkMs`); any number of instances may run it on one database: each alert is sent
 * inside a transaction that holds its subscription (FOR UPDATE SKIP LOCKED) and inserts its delivery row
 * (unique per subscription and item), so an alert goes out once.
 */
export class AlertService {
  private lastRound = 0;
  private round: Promise<number> | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly log: Logger,
    private readonly mailer: AlertMailer | null,
    private readonly address: PublicAddress,
    private readonly secret: string,
    private readonly councilName: () => Promise<string>,
    private readonly checkMs: number,
  ) {}

  get enabled(): boolean {
    return this.mailer !== null;
  }

  private need(): AlertMailer {
    if (!this.mailer) throw conflict("E-mail alerts are not set up on this site: follow the Atom or calendar feeds instead.");
    return this.mailer;
  }

  /** requestSubscription, then the confirmation e-mail (after commit). */
  async request(props: RequestSubscriptionProps): Promise<void> {
    const mailer = this.need();
    const outcome = await requestSubscription(this.ds, props);
    if (!outcome.sendConfirmation) return;
    const row = await subscriptionRow(this.ds, outcome.subscriptionId);
    if (!row?.email) return;
    const name = await this.councilName();
    const confirmUrl = this.address.absoluteUrl(`/njoftimet/konfirmo/${signLink(this.secret, row.id, "confirm")}`);
    try {
      await mailer.send({
        ...this.unsubscribeLinks(row.id),
        to: row.email,
        subject: `Konfirmoni njoftimet: ${row.target_label}`,
        text: [
          `Dikush (ndoshta ju) kërkoi njoftime me email nga ${name} për: ${describe(row.target_kind, row.target_label ?? "")}.`,
          "",
          `Për t'i marrë, konfirmoni brenda ${CONFIRM_HOURS} orëve duke hapur këtë lidhje:`,
          confirmUrl,
          "",
          "Nëse nuk e kërkuat ju, mos bëni asgjë: pa konfirmim nuk do të merrni asnjë njoftim dhe adresa fshihet.",
          "",
          `Someone (probably you) asked for e-mail alerts from ${name}. To receive them, open the link above within ${CONFIRM_HOURS} hours; otherwise do nothing.`,
        ].join("\n"),
      });
    } catch (err) {
      this.log.error({ err }, "could not send an alert confirmation");
      throw conflict("The confirmation e-mail could not be sent just now: try again in a few minutes.");
    }
  }

  async confirm(token: string): Promise<AlertSubscriptionState> {
    this.need();
    const id = verifyLink(this.secret, token, "confirm");
    if (!id) throw notFoundWith("This confirmation link is not valid: copy the whole link from the e-mail.");
    return confirmSubscription(this.ds, id);
  }

  async unsubscribe(token: string): Promise<AlertSubscriptionState> {
    const id = verifyLink(this.secret, token, "unsubscribe");
    if (!id) throw notFoundWith("This unsubscribe link is not valid: copy the whole link from the e-mail.");
    return unsubscribe(this.ds, id);
  }

  /** The server clock's chore: a round at most every checkMs, and the forgetting of what has expired. */
  async tick(now: Date): Promise<void> {
    if (!this.mailer || now.getTime() - this.lastRound < this.checkMs) return;
    this.lastRound = now.getTime();
    await this.deliver();
    await this.forgetExpired();
  }

  /**
   * Unconfirmed subscriptions a day past their deadline are deleted, address and all (until then their link
   * answers "expired" rather than "unknown"); the rate limit's requests are kept a day.
   */
  async forgetExpired(): Promise<void> {
    await this.ds.query("DELETE FROM alert_subscription WHERE confirmed_at IS NULL AND unsubscribed_at IS NULL AND confirm_by < now() - interval '1 day'");
    await this.ds.query("DELETE FROM alert_request WHERE requested_at < now() - interval '1 day'");
  }

  /** One round: every pending alert sent once (concurrent calls share the round). Answers how many were sent. */
  deliver(): Promise<number> {
    this.round ??= this.sendPending().finally(() => { this.round = null; });
    return this.round;
  }

  private async sendPending(): Promise<number> {
    const mailer = this.need();
    const name = await this.councilName();
    let sent = 0;
    for (const alert of await pendingAlerts(this.ds, ROUND_LIMIT)) {
      try {
        const done = await transaction(this.ds, async (tx) => {
          const [held] = await tx.query(
            "SELECT email FROM alert_subscription WHERE id = $1 AND unsubscribed_at IS NULL AND confirmed_at IS NOT NULL FOR UPDATE SKIP LOCKED", [alert.subscriptionId]);
          if (!held?.email) return false; // gone, or another instance is sending to it now
          const claimed = await tx.query(
            "INSERT INTO alert_delivery (subscription_id, item_key) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING item_key", [alert.subscriptionId, alert.itemKey]);
          if (claimed.length === 0) return false;
          await mailer.send(this.message(alert, held.email, name)); // a failure rolls the claim back: the next round retries
          return true;
        });
        if (done) sent++;
      } catch (err) {
        this.log.error({ err, subscriptionId: alert.subscriptionId, item: alert.itemKey }, "could not send an alert");
      }
    }
    return sent;
  }

  private unsubscribeLinks(id: string): Pick<AlertMessage, "unsubscribeUrl" | "unsubscribePageUrl"> {
    const token = signLink(this.secret, id, "unsubscribe");
    return {
      unsubscribeUrl: this.address.absoluteUrl(`/alerts/unsubscribe?token=${encodeURIComponent(token)}`),
      unsubscribePageUrl: this.address.absoluteUrl(`/njoftimet/cregjistrohu/${token}`),
    };
  }

  private message(a: PendingAlert, to: string, council: string): AlertMessage {
    const page = this.address.absoluteUrl(`/seanca/${a.sessionId}`);
    const following = `Ju ndiqni: ${describe(a.targetKind, a.targetLabel)} (${council}).`;
    if (a.kind === "meeting") {
      return {
        ...this.unsubscribeLinks(a.subscriptionId), to,
        subject: `Mbledhje e re: ${a.sessionTitle}`,
        text: [`${a.body} njoftoi një mbledhje: ${a.sessionTitle}`, `Data: ${tirana(a.when)}`, "", page, "", following].join("\n"),
      };
    }
    const result = a.outcome === "PASSED" ? "MIRATUAR" : "RRËZUAR";
    const lines = [
      `${a.body}, ${a.sessionTitle}, pika ${a.position}: ${a.itemTitle}`,
      `Vendimi: ${result} (për ${a.forCount}, kundër ${a.againstCount}, abstenim ${a.abstainCount}), ${tirana(a.when)}.`,
    ];
    if (a.targetKind === AlertTargetKind.COUNCILLOR) lines.push(`${a.targetLabel} ${participationWords(a.choice ?? null, a.recused ?? false)}.`);
    lines.push("", page, "", following);
    return { ...this.unsubscribeLinks(a.subscriptionId), to, subject: `Vendim: ${a.itemTitle} — ${result}`, text: lines.join("\n") };
  }
}

function describe(kind: string, label: string): string {
  return kind === AlertTargetKind.COUNCILLOR ? `këshilltarin/en ${label}` : kind === AlertTargetKind.BODY ? label : `vendimet që përmbajnë "${label}"`;
}

const tirana = (d: Date) => formatInTirana(d, "sq-AL", { dateStyle: "long", timeStyle: "short" });
