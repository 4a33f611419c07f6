import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../../../../test/support/server.js";

/**
 * The rules that matter legally hold in PostgreSQL itself, even if code above
 * had a bug: these statements go straight to the database and must be refused.
 */
describe("database invariants", () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let c: pg.Client;
  let ids: { session: string; items: string[]; other: string; otherItem: string; councillors: string[]; user: string };

  beforeAll(async () => {
    db = await freshDatabase();
    c = new pg.Client({ connectionString: db.url });
    await c.connect();
    const q = async (text: string, params: unknown[] = []) => (await c.query(text, params)).rows;
    const [council] = await q("SELECT id, seats FROM body WHERE kind = 'COUNCIL'");
    const [user] = await q("SELECT id FROM app_user WHERE username = 'sekretaria'");
    const councillors = (await q("SELECT id FROM councillor ORDER BY full_name LIMIT 3")).map((r) => r.id);
    const [s] = await q("INSERT INTO council_session (body_id, title, scheduled_at, seats) VALUES ($1, 'Invariante', now(), 51) RETURNING id", [council.id]);
    const [o] = await q("INSERT INTO council_session (body_id, title, scheduled_at, seats) VALUES ($1, 'Tjetër', now(), 51) RETURNING id", [council.id]);
    const items: string[] = [];
    for (const p of [1, 2]) items.push((await q("INSERT INTO agenda_item (session_id, position, title) VALUES ($1, $2, 'Pikë') RETURNING id", [s.id, p]))[0].id);
    const [oi] = await q("INSERT INTO agenda_item (session_id, position, title) VALUES ($1, 1, 'Pikë tjetër') RETURNING id", [o.id]);
    ids = { session: s.id, items, other: o.id, otherItem: oi.id, councillors, user: user.id };
  });
  afterAll(async () => {
    await c?.end();
    await db?.drop();
  });

  const refused = async (text: string, params: unknown[], constraint: RegExp | string) => {
    await c.query("SAVEPOINT x").catch(() => {});
    const err = await c.query(text, params).then(() => null, (e: { message: string; constraint?: string }) => e);
    expect(err, `should be refused: ${text}`).not.toBeNull();
    expect(`${err!.constraint ?? ""} ${err!.message}`).toMatch(constraint);
  };

  it("the current item must belong to its own session", async () => {
    await refused("UPDATE council_session SET current_item_id = $2 WHERE id = $1", [ids.session, ids.otherItem], "council_session_current_item_fk");
    await c.query("UPDATE council_session SET current_item_id = $2 WHERE id = $1", [ids.session, ids.items[0]]);
  });

  it("one ballot per (vote, councillor), and only while the vote is open", async () => {
    const [v] = (await c.query("INSERT INTO vote (session_id, agenda_item_id, majority, seats) VALUES ($1, $2, 'SIMPLE', 51) RETURNING id", [ids.session, ids.items[0]])).rows;
    await c.query("INSERT INTO ballot (vote_id, councillor_id, choice) VALUES ($1, $2, 'FOR')", [v.id, ids.councillors[0]]);
    await refused("INSERT INTO ballot (vote_id, councillor_id, choice) VALUES ($1, $2, 'AGAINST')", [v.id, ids.councillors[0]], "ballot_pkey");
    await refused("INSERT INTO ballot (vote_id, councillor_id, choice) VALUES ($1, $2, 'MAYBE')", [v.id, ids.councillors[1]], /choice/);
    // a second open vote in the same session
    await refused("INSERT INTO vote (session_id, agenda_item_id, majority, seats) VALUES ($1, $2, 'SIMPLE', 51)", [ids.session, ids.items[1]], "vote_one_open_per_session");
    // a vote on another session's item
    await refused("INSERT INTO vote (session_id, agenda_item_id, majority, seats) VALUES ($1, $2, 'SIMPLE', 51)", [ids.other, ids.items[0]], /fkey|foreign/i);
    // closing without a complete tally, or with one that does not add up to the seats
    await refused("UPDATE vote SET status = 'CLOSED', closed_at = now(), outcome = 'PASSED' WHERE id = $1", [v.id], /check/i);
    await refused(
      "UPDATE vote SET status = 'CLOSED', closed_at = now(), outcome = 'PASSED', for_count = 1, against_count = 0, abstain_count = 0, recused_count = 0, not_voted_count = 0 WHERE id = $1",
      [v.id], /check/i);
    await c.query(
      "UPDATE vote SET status = 'CLOSED', closed_at = now(), outcome = 'PASSED', for_count = 1, against_count = 0, abstain_count = 0, recused_count = 0, not_voted_count = 50 WHERE id = $1", [v.id]);
    await refused("UPDATE vote SET outcome = 'FAILED' WHERE id = $1", [v.id], "vote_final_once_closed");
    await refused("DELETE FROM vote WHERE id = $1", [v.id], "vote_final_once_closed");
    await refused("UPDATE ballot SET choice = 'AGAINST' WHERE vote_id = $1", [v.id], "ballot_only_while_vote_open");
    await refused("DELETE FROM ballot WHERE vote_id = $1", [v.id], "ballot_only_while_vote_open");
    await refused("INSERT INTO ballot (vote_id, councillor_id, choice) VALUES ($1, $2, 'FOR')", [v.id, ids.councillors[1]], "ballot_only_while_vote_open");
  });

  it("declarations and audit events can never be edited or deleted", async () => {
    const [d] = (await c.query(
      "INSERT INTO declaration (agenda_item_id, councillor_id, interest_type, description, recused, filed_by, filed_on_behalf) VALUES ($1, $2, 'FAMILY', 'Vëllai', true, $3, false) RETURNING id",
      [ids.items[1], ids.councillors[2], ids.user])).rows;
    await refused("UPDATE declaration SET recused = false WHERE id = $1", [d.id], "declaration_append_only");
    await refused("DELETE FROM declaration WHERE id = $1", [d.id], "declaration_append_only");
    await refused("TRUNCATE declaration CASCADE", [], /append-only/);
    await refused("TRUNCATE ballot_removal", [], /append-only/);
    await refused("TRUNCATE minutes", [], /append-only/);
    await refused("INSERT INTO declaration (agenda_item_id, councillor_id, interest_type, description, recused, filed_by, filed_on_behalf) VALUES ($1, $2, 'GREED', 'x', true, $3, false)",
      [ids.items[1], ids.councillors[2], ids.user], /interest_type/);
    await refused("INSERT INTO declaration (agenda_item_id, councillor_id, interest_type, description, recused, filed_by, filed_on_behalf) VALUES ($1, $2, 'OTHER', '   ', true, $3, false)",
      [ids.items[1], ids.councillors[2], ids.user], /description/);
    await refused("UPDATE audit_event SET action = 'nothing' WHERE id = (SELECT min(id) FROM audit_event)", [], "audit_event_append_only");
    await refused("DELETE FROM audit_event", [], "audit_event_append_only");
  });

  it("enums and lifecycle fields are checked", async () => {
    await refused("UPDATE council_session SET status = 'PAUSED' WHERE id = $1", [ids.other], /check/i);
    await refused("UPDATE council_session SET status = 'CLOSED' WHERE id = $1", [ids.other], /check/i); // closed without closed_at
    await refused("INSERT INTO attendance (session_id, councillor_id, status) VALUES ($1, $2, 'LATE')", [ids.session, ids.councillors[0]], /status/);
    await refused("INSERT INTO agenda_item (session_id, position, title) VALUES ($1, 1, 'Dublikatë')", [ids.session], /position/);
    await refused("INSERT INTO app_user (username, password_hash, role) VALUES ('someone', 'x', 'COUNCILLOR')", [], /check/i); // a councillor account needs its councillor
  });
});
