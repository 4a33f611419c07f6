/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers and SQL rows are untyped JSON. */
import { createHash } from "node:crypto";
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { code, M } from "./fixtures.js";

/**
 * Issue 15 point 6: e-mail alerts end to end, against a real SMTP server in this process (smtp-server)
 * and the messages parsed as a mail client would (mailparser): subscribe → confirmation → the link →
 * a new matching decision → the alert, with RFC 8058's one-click unsubscribe → one click → no more mail.
 * The positive steps wait for the server's own background round; "nothing was sent" is checked by running
 * a round directly (deterministic) and looking at the inbox.
 */
const PUBLIC_URL = "https://kuvend.elbasan.example.al";
const CITIZEN = "Drita.Qytetare@Example.AL";
const citizen = CITIZEN.toLowerCase();
const JOURNALIST = "gazetare@example.al";
const WATCHER = "komisioni.ndjekes@example.al";

class Inbox {
  readonly mails: ParsedMail[] = [];
  private waiters: (() => void)[] = [];
  push(m: ParsedMail) {
    this.mails.push(m);
    for (const w of this.waiters.splice(0)) w();
  }
  to(address: string) {
    return this.mails.filter((m) => JSON.stringify(m.to).toLowerCase().includes(address.toLowerCase()));
  }
  /** The first mail to `address` matching `pred`, waiting for it (the server's round sends it) up to 20 s. */
  async next(address: string, pred: (m: ParsedMail) => boolean): Promise<ParsedMail> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const found = this.to(address).find(pred);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no mail to ${address} matched; got: ${this.to(address).map((m) => m.subject).join(" | ")}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 500);
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
  }
}

const tokenIn = (text: string, path: string) => {
  const m = new RegExp(`${PUBLIC_URL.replace(/[.]/g, "\\.")}${path}/([^\\s]+)`).exec(text);
  if (!m) throw new Error(`no ${path} link in: ${text}`);
  return m[1];
};
/** A header as sent (mailparser turns List-* headers into objects; the raw line is what a mail client reads). */
const header = (m: ParsedMail, name: string) => {
  const line = m.headerLines.find((h) => h.key === name.toLowerCase())?.line ?? "";
  return line.slice(line.indexOf(":") + 1).replace(/\r?\n\s+/g, " ").trim();
};

const REQUEST = "mutation($i: AlertSubscriptionInput!) { requestAlertSubscription(input: $i) }";
const CONFIRM = "mutation($t: String!) { confirmAlertSubscription(token: $t) { targetKind targetLabel confirmed unsubscribed } }";
const UNSUBSCRIBE = "mutation($t: String!) { unsubscribeFromAlerts(token: $t) { targetKind targetLabel confirmed unsubscribed } }";

describe("e-mail alerts", () => {
  const inbox = new Inbox();
  let smtp: SMTPServer;
  let t: TestServer;
  let sec: string;
  let councillor: { id: string; full_name: string };
  let committee: { id: string; name: string };
  const answers: string[] = []; // every public answer, checked for the addresses at the end

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true, disabledCommands: ["STARTTLS", "AUTH"], logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream).then((m) => { inbox.push(m); callback(); }, callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    t = await startTestServer({ env: { SMTP_URL: `smtp://127.0.0.1:${port}`, PUBLIC_URL, ALERTS_CHECK_SECONDS: "1" } });
    sec = await t.login("sekretaria");
    [councillor] = await t.sql("SELECT c.id, c.full_name FROM councillor c JOIN app_user u ON u.councillor_id = c.id WHERE u.username = 'kd05'");
    [committee] = await t.sql("SELECT id, name FROM body WHERE kind = 'COMMITTEE' ORDER BY name LIMIT 1");
  });
  afterAll(async () => {
    await t?.stop();
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  });

  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const r = await t.gql(query, variables, token);
    answers.push(JSON.stringify(r));
    return r;
  };

  /** A council session with one item titled `title`, in progress, where kd05 votes FOR; the vote closes. */
  async function decide(title: string) {
    const created = await gql(M.create, { i: { title: `Mbledhja për ${title}`, scheduledAt: new Date(Date.now() + 8 * 86_400_000).toISOString() } }, sec);
    const sessionId = created.data.createSession.id;
    const item = (await gql(M.addItem, { i: { sessionId, title } }, sec)).data.addAgendaItem.id;
    expect((await gql(M.start, { id: sessionId }, sec)).errors).toBeUndefined();
    const others: string[] = (await t.sql("SELECT id FROM councillor WHERE active AND id <> $1 ORDER BY full_name LIMIT 29", [councillor.id])).map((r) => r.id);
    const ids = [councillor.id, ...others];
    const batch = await gql("mutation($i: AttendanceBatchInput!) { recordAttendanceBatch(input: $i) { id } }", { i: { sessionId, councillorIds: ids, status: "PRESENT" } }, sec);
    expect(batch.errors).toBeUndefined();
    expect((await gql(M.startItem, { id: item }, sec)).errors).toBeUndefined();
    const vote = (await gql(M.openVote, { i: { agendaItemId: item, majority: "SIMPLE" } }, sec)).data.openVote;
    for (const id of ids.slice(0, 20)) {
      expect((await gql(M.ballot, { i: { voteId: vote.id, councillorId: id, choice: "FOR" } }, sec)).errors).toBeUndefined();
    }
    expect((await gql(M.closeVote, { id: vote.id }, sec)).errors).toBeUndefined();
    expect((await gql(M.close, { id: sessionId }, sec)).errors).toBeUndefined();
    return { sessionId, itemId: item, voteId: vote.id };
  }

  it("says alerts are offered", async () => {
    expect((await gql("{ alertsEnabled }")).data).toEqual({ alertsEnabled: true });
  });

  let citizenConfirm = "";
  it("a request sends only a confirmation e-mail, with a signed link and the one-click unsubscribe headers", async () => {
    const r = await gql(REQUEST, { i: { email: CITIZEN, councillorId: councillor.id } });
    expect(r).toEqual({ data: { requestAlertSubscription: true } });
    const mail = await inbox.next(citizen, (m) => /^Konfirmoni/.test(m.subject ?? ""));
    expect(mail.subject).toBe(`Konfirmoni njoftimet: ${councillor.full_name}`);
    expect(mail.from?.text).toContain("kuvend@kuvend.elbasan.example.al");
    expect(mail.text).toContain(councillor.full_name);
    citizenConfirm = tokenIn(mail.text!, "/njoftimet/konfirmo");
    expect(header(mail, "list-unsubscribe")).toMatch(new RegExp(`^<${PUBLIC_URL.replace(/[.]/g, "\\.")}/alerts/unsubscribe\\?token=[^>]+>$`));
    expect(header(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    // Nothing else before confirmation, even when a matching decision is taken.
    await decide("Rregullorja e tregjeve");
    expect(await t.server.services.alerts.deliver()).toBe(0);
    expect(inbox.to(citizen)).toHaveLength(1);
  });

  it("refuses bad input, unknown targets and forged links with the API's codes", async () => {
    expect(code(await gql(REQUEST, { i: { email: "jo-nje-adrese", councillorId: councillor.id } }))).toBe("BAD_USER_INPUT");
    expect(code(await gql(REQUEST, { i: { email: JOURNALIST, councillorId: councillor.id, search: "buxhet" } }))).toBe("BAD_USER_INPUT");
    expect(code(await gql(REQUEST, { i: { email: JOURNALIST } }))).toBe("BAD_USER_INPUT");
    expect(code(await gql(REQUEST, { i: { email: JOURNALIST, councillorId: "00000000-0000-4000-8000-000000000000" } }))).toBe("NOT_FOUND");
    expect(code(await gql(REQUEST, { i: { email: JOURNALIST, bodyId: "x" } }))).toBe("BAD_USER_INPUT");
    const forged = citizenConfirm.replace(/.$/, (c) => (c === "A" ? "B" : "A"));
    expect(code(await gql(CONFIRM, { t: forged }))).toBe("NOT_FOUND");
    expect(code(await gql(UNSUBSCRIBE, { t: citizenConfirm }))).toBe("NOT_FOUND"); // a confirmation link does not unsubscribe
  });

  it("following the link confirms once; the answer names the target, never the address", async () => {
    const r = await gql(CONFIRM, { t: citizenConfirm });
    expect(r.data.confirmAlertSubscription).toEqual({ targetKind: "COUNCILLOR", targetLabel: councillor.full_name, confirmed: true, unsubscribed: false });
    expect((await gql(CONFIRM, { t: citizenConfirm })).data.confirmAlertSubscription.confirmed).toBe(true); // again: no change
    const [{ n }] = await t.sql("SELECT count(*)::int AS n FROM audit_event WHERE action = 'confirmAlertSubscription'");
    expect(n).toBe(1);
  });

  let unsubscribeUrl = "";
  it("a new decision involving the councillor brings the alert, with how they voted and the one-click unsubscribe", async () => {
    const d = await decide("Buxheti i vitit 2027");
    const mail = await inbox.next(citizen, (m) => (m.subject ?? "").startsWith("Vendim: Buxheti i vitit 2027"));
    expect(mail.subject).toMatch(/^Vendim: Buxheti i vitit 2027 — (MIRATUAR|RRËZUAR)$/);
    expect(mail.text).toContain(`${councillor.full_name} votoi PËR.`);
    expect(mail.text).toContain(`${PUBLIC_URL}/seanca/${d.sessionId}`);
    expect(mail.text).toContain(`${PUBLIC_URL}/njoftimet/cregjistrohu/`);
    expect(header(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    unsubscribeUrl = header(mail, "list-unsubscribe").slice(1, -1);
    // The decision taken before the confirmation is not sent, and this one only once.
    await t.server.services.alerts.deliver(); // the background round that sent it, if still finishing
    expect(await t.server.services.alerts.deliver()).toBe(0);
    expect(inbox.to(citizen).filter((m) => (m.subject ?? "").startsWith("Vendim:")).map((m) => m.subject)).toEqual([mail.subject]);
  });

  it("a search forgives missing diacritics, and a committee's follower hears of its new meeting and not of the council's decisions", async () => {
    expect((await gql(REQUEST, { i: { email: JOURNALIST, search: "cerdhe" } })).data.requestAlertSubscription).toBe(true);
    expect((await gql(REQUEST, { i: { email: WATCHER, bodyId: committee.id } })).data.requestAlertSubscription).toBe(true);
    for (const who of [JOURNALIST, WATCHER]) {
      const mail = await inbox.next(who, (m) => /^Konfirmoni/.test(m.subject ?? ""));
      expect((await gql(CONFIRM, { t: tokenIn(mail.text!, "/njoftimet/konfirmo") })).data.confirmAlertSubscription.confirmed).toBe(true);
    }
    await decide("Tarifat e çerdheve për vitin 2027");
    const found = await inbox.next(JOURNALIST, (m) => (m.subject ?? "").startsWith("Vendim: Tarifat e çerdheve"));
    expect(found.text).toContain('vendimet që përmbajnë "cerdhe"');
    const meeting = await gql(M.create, { i: { title: "Mbledhja e komisionit nr. 4", scheduledAt: new Date(Date.now() + 5 * 86_400_000).toISOString(), bodyId: committee.id } }, sec);
    expect(meeting.errors).toBeUndefined();
    const note = await inbox.next(WATCHER, (m) => m.subject === "Mbledhje e re: Mbledhja e komisionit nr. 4");
    expect(note.text).toContain(`${PUBLIC_URL}/seanca/${meeting.data.createSession.id}`);
    expect(inbox.to(WATCHER).filter((m) => (m.subject ?? "").startsWith("Vendim:"))).toEqual([]);
    expect(inbox.to(JOURNALIST).filter((m) => (m.subject ?? "").startsWith("Vendim: Buxheti"))).toEqual([]);
  });

  it("one click (RFC 8058 POST) unsubscribes: no more mail, and the address is erased", async () => {
    const oneClick = unsubscribeUrl.replace(PUBLIC_URL, t.url);
    // A GET (a person, or a link scanner) changes nothing: it goes to the page that asks for the click.
    const get = await fetch(oneClick, { redirect: "manual" });
    expect(get.status).toBe(303);
    expect(get.headers.get("location")).toMatch(/^\/njoftimet\/cregjistrohu\//);
    const post = await fetch(oneClick, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" });
    expect(post.status).toBe(200);
    const [row] = await t.sql("SELECT email, unsubscribed_at FROM alert_subscription WHERE target_kind = 'COUNCILLOR'");
    expect(row.email).toBeNull();
    expect(row.unsubscribed_at).not.toBeNull();
    const before = inbox.to(citizen).length;
    await decide("Çerdhja e re në lagjen Kala");
    await inbox.next(JOURNALIST, (m) => (m.subject ?? "").startsWith("Vendim: Çerdhja e re")); // the rounds still run for the others
    await t.server.services.alerts.deliver();
    expect(inbox.to(citizen)).toHaveLength(before);
    // The page's mutation with the same link: already done.
    const token = new URL(unsubscribeUrl).searchParams.get("token")!;
    expect((await gql(UNSUBSCRIBE, { t: token })).data.unsubscribeFromAlerts).toEqual({ targetKind: "COUNCILLOR", targetLabel: councillor.full_name, confirmed: true, unsubscribed: true });
  });

  it("limits requests per address per hour", async () => {
    const address = "shume.kerkesa@example.al";
    for (let i = 0; i < 5; i++) expect((await gql(REQUEST, { i: { email: address, search: `fjala ${i}` } })).errors).toBeUndefined();
    const sixth = await gql(REQUEST, { i: { email: address.toUpperCase(), search: "fjala 6" } });
    expect(code(sixth)).toBe("CONFLICT");
    expect(sixth.errors![0].message).toMatch(/Too many/);
  });

  it("an unconfirmed subscription expires: its link stops working and the address is forgotten", async () => {
    const address = "harroj@example.al";
    await gql(REQUEST, { i: { email: address, bodyId: committee.id } });
    const mail = await inbox.next(address, (m) => /^Konfirmoni/.test(m.subject ?? ""));
    await t.sql("UPDATE alert_subscription SET confirm_by = now() - interval '1 minute' WHERE email = $1", [address]);
    const link = tokenIn(mail.text!, "/njoftimet/konfirmo");
    const late = await gql(CONFIRM, { t: link });
    expect(code(late)).toBe("CONFLICT");
    expect(late.errors![0].message).toMatch(/expired/);
    await t.sql("UPDATE alert_subscription SET confirm_by = now() - interval '25 hours' WHERE email = $1", [address]);
    await t.server.services.alerts.forgetExpired();
    expect(await t.sql("SELECT 1 FROM alert_subscription WHERE email = $1", [address])).toEqual([]);
    expect(code(await gql(CONFIRM, { t: link }))).toBe("NOT_FOUND");
  });

  it("never publishes an address: not in open data, feeds, calendars or any GraphQL answer; the audit record holds its hash", async () => {
    const publicFiles = ["/open-data/popolo.json", "/open-data/declarations.json", "/open-data/votes.json", "/open-data/ballots.json",
      "/open-data/speeches.json", "/feeds/kuvend.atom", "/kalendari.ics", `/kalendari/${committee.id}.ics`];
    for (const path of publicFiles) {
      const res = await fetch(`${t.url}${path}`);
      expect(res.status, path).toBe(200);
      answers.push(await res.text());
    }
    answers.push(JSON.stringify(await t.gql("{ auditHead { eventId hash } }")));
    const everything = answers.join("\n").toLowerCase();
    for (const address of [citizen, JOURNALIST, WATCHER, "shume.kerkesa@example.al", "harroj@example.al"]) {
      expect(everything.includes(address), address).toBe(false);
      expect(everything.includes(address.split("@")[0]), address).toBe(false);
    }
    const events = await t.sql("SELECT action, after FROM audit_event WHERE subject_type = 'alertSubscription' ORDER BY id");
    expect(events.map((e) => e.action)).toContain("requestAlertSubscription");
    expect(events.map((e) => e.action)).toContain("unsubscribeFromAlerts");
    for (const e of events) {
      expect(JSON.stringify(e.after)).not.toContain("@");
      expect(e.after.emailSha256).toMatch(/^[0-9a-f]{64}$/);
    }
    const sha = createHash("sha256").update(citizen).digest("hex");
    expect(events.some((e) => e.after.emailSha256 === sha)).toBe(true);
    // And the schema has no field that could carry one.
    const type = await t.gql('{ __type(name: "AlertSubscriptionState") { fields { name } } }');
    expect(type.data.__type.fields.map((f: any) => f.name).sort()).toEqual(["confirmed", "targetKind", "targetLabel", "unsubscribed"]);
  });
});

describe("e-mail alerts without SMTP_URL", () => {
  let t: TestServer;
  beforeAll(async () => { t = await startTestServer(); });
  afterAll(() => t?.stop());

  it("are hidden (alertsEnabled false) and refused, while the Atom and calendar feeds remain", async () => {
    expect((await t.gql("{ alertsEnabled }")).data).toEqual({ alertsEnabled: false });
    const r = await t.gql(REQUEST, { i: { email: JOURNALIST, search: "buxhet" } });
    expect(code(r)).toBe("CONFLICT");
    expect(r.errors![0].message).toMatch(/not set up/);
    expect(await t.sql("SELECT 1 FROM alert_subscription")).toEqual([]);
    for (const path of ["/feeds/kuvend.atom", "/kalendari.ics"]) expect((await fetch(`${t.url}${path}`)).status, path).toBe(200);
  });
});
