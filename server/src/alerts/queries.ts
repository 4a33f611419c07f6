import type { EntityManager, DataSource } from "typeorm";
import { type Queryable, rows } from "../platform/db/rows.js";
import { searchTerms } from "../decisions/rules.js";
import { matchingItemsSql } from "../decisions/search.js";
import { AlertTargetKind, type AlertSubscriptionState } from "./model.js";

export type SubscriptionRow = {
  id: string; email: string | null; email_sha256: string; target_kind: AlertTargetKind;
  councillor_id: string | null; body_id: string | null; search: string | null;
  confirm_by: Date; confirmed_at: Date | null; unsubscribed_at: Date | null; target_label: string | null;
};

const COLUMNS = `s.id, s.email, s.email_sha256, s.target_kind, s.councillor_id, s.body_id, s.search, s.confirm_by, s.confirmed_at, s.unsubscribed_at,
  coalesce((SELECT full_name FROM councillor WHERE id = s.councillor_id), (SELECT name FROM body WHERE id = s.body_id), s.search) AS target_label`;

/** One subscription with its target's name; `lock` holds its row until commit. */
export async function subscriptionRow(db: Queryable, id: string, lock = false): Promise<SubscriptionRow | null> {
  const [row] = await rows<SubscriptionRow>(db, `SELECT ${COLUMNS} FROM alert_subscription s WHERE s.id = $1${lock ? " FOR UPDATE OF s" : ""}`, [id]);
  return row ?? null;
}

export const stateOf = (r: SubscriptionRow): AlertSubscriptionState => ({
  targetKind: r.target_kind, targetLabel: r.target_label ?? "", confirmed: r.confirmed_at !== null, unsubscribed: r.unsubscribed_at !== null,
});

/** Something new that a confirmed subscription follows, ready to be written as one e-mail. */
export type PendingAlert = {
  subscriptionId: string; email: string; itemKey: string; targetKind: AlertTargetKind; targetLabel: string;
  kind: "decision" | "meeting";
  sessionId: string; sessionTitle: string; body: string; when: Date;
  position?: number; itemTitle?: string; outcome?: string; forCount?: number; againstCount?: number; abstainCount?: number;
  choice?: string | null; recused?: boolean;
};

type DecisionMatch = {
  subscription_id: string; email: string; vote_id: string; target_label: string; session_id: string; session_title: string; body: string;
  closed_at: Date; position: number; item_title: string; outcome: string; for_count: number; against_count: number; abstain_count: number;
  choice: string | null; recused: boolean;
};

const DECISION_COLUMNS = `s.id AS subscription_id, s.email, d.vote_id, se.id AS session_id, se.title AS session_title, b.name AS body, d.closed_at,
  i.position, i.title AS item_title, d.outcome, d.for_count, d.against_count, d.abstain_count`;
const DECISION_JOINS = `JOIN agenda_item i ON i.id = d.agenda_item_id JOIN council_session se ON se.id = d.session_id JOIN body b ON b.id = se.body_id`;
const LIVE = "s.unsubscribed_at IS NULL AND s.confirmed_at IS NOT NULL";
const undelivered = (key: string) => `NOT EXISTS (SELECT 1 FROM alert_delivery ad WHERE ad.subscription_id = s.id AND ad.item_key = ${key})`;

const toDecision = (kind: AlertTargetKind) => (r: DecisionMatch): PendingAlert => ({
  subscriptionId: r.subscription_id, email: r.email, itemKey: `vote:${r.vote_id}`, targetKind: kind, targetLabel: r.target_label, kind: "decision",
  sessionId: r.session_id, sessionTitle: r.session_title, body: r.body, when: r.closed_at, position: r.position, itemTitle: r.item_title,
  outcome: r.outcome, forCount: r.for_count, againstCount: r.against_count, abstainCount: r.abstain_count, choice: r.choice, recused: r.recused,
});

/**
 * Everything new that a confirmed subscription follows and has not been sent (no alert_delivery row):
 * - a councillor: each decision (a closed vote deciding an item, the view decided_item) in a session where
 *   they held a seat or cast a ballot, with how they voted;
 * - a body: each meeting announced and each decision taken in its sessions;
 * - a search: each decision whose item's text matches (the register's search, diacritics forgiven).
 * "New" is after the subscription was confirmed. At most `limit` of each kind per call.
 */
export async function pendingAlerts(ds: DataSource | EntityManager, limit: number): Promise<PendingAlert[]> {
  const councillor = await rows<DecisionMatch>(ds, `
    SELECT ${DECISION_COLUMNS}, c.full_name AS target_label, bl.choice,
           EXISTS (SELECT 1 FROM declaration_in_force f WHERE f.agenda_item_id = d.agenda_item_id AND f.councillor_id = s.councillor_id AND f.recused) AS recused
    FROM alert_subscription s JOIN councillor c ON c.id = s.councillor_id
    JOIN decided_item d ON d.closed_at > s.confirmed_at ${DECISION_JOINS}
    LEFT JOIN ballot bl ON bl.vote_id = d.vote_id AND bl.councillor_id = s.councillor_id
    WHERE s.target_kind = 'COUNCILLOR' AND ${LIVE} AND ${undelivered("'vote:' || d.vote_id")}
      AND (bl.councillor_id IS NOT NULL OR EXISTS (SELECT 1 FROM session_seat ss WHERE ss.session_id = d.session_id AND ss.councillor_id = s.councillor_id))
    ORDER BY d.closed_at LIMIT $1`, [limit]);
  const bodyDecisions = await rows<DecisionMatch>(ds, `
    SELECT ${DECISION_COLUMNS}, b.name AS target_label, NULL AS choice, false AS recused
    FROM alert_subscription s JOIN decided_item d ON d.closed_at > s.confirmed_at ${DECISION_JOINS}
    WHERE s.target_kind = 'BODY' AND se.body_id = s.body_id AND ${LIVE} AND ${undelivered("'vote:' || d.vote_id")}
    ORDER BY d.closed_at LIMIT $1`, [limit]);
  const meetings = await rows<{ subscription_id: string; email: string; session_id: string; session_title: string; body: string; scheduled_at: Date }>(ds, `
    SELECT s.id AS subscription_id, s.email, se.id AS session_id, se.title AS session_title, b.name AS body, se.scheduled_at
    FROM alert_subscription s JOIN council_session se ON se.body_id = s.body_id AND se.announced_at > s.confirmed_at JOIN body b ON b.id = se.body_id
    WHERE s.target_kind = 'BODY' AND ${LIVE} AND ${undelivered("'session:' || se.id")}
    ORDER BY se.announced_at LIMIT $1`, [limit]);
  const searches = await rows<{ id: string; search: string }>(ds, `
    SELECT s.id, s.search FROM alert_subscription s
    WHERE s.target_kind = 'SEARCH' AND ${LIVE} AND EXISTS (SELECT 1 FROM decided_item d WHERE d.closed_at > s.confirmed_at)
    ORDER BY s.confirmed_at LIMIT $1`, [limit]);
  const searched: DecisionMatch[] = [];
  for (const s of searches) {
    const terms = searchTerms(s.search);
    if (terms.length === 0) continue;
    searched.push(...await rows<DecisionMatch>(ds, `
      SELECT ${DECISION_COLUMNS}, s.search AS target_label, NULL AS choice, false AS recused
      FROM alert_subscription s JOIN decided_item d ON d.closed_at > s.confirmed_at ${DECISION_JOINS}
      JOIN ${matchingItemsSql("$2")} m ON m.agenda_item_id = d.agenda_item_id
      WHERE s.id = $1 AND ${LIVE} AND ${undelivered("'vote:' || d.vote_id")}
      ORDER BY d.closed_at LIMIT $3`, [s.id, terms, limit]));
  }
  return [
    ...councillor.map(toDecision(AlertTargetKind.COUNCILLOR)),
    ...bodyDecisions.map(toDecision(AlertTargetKind.BODY)),
    ...meetings.map((m): PendingAlert => ({
      subscriptionId: m.subscription_id, email: m.email, itemKey: `session:${m.session_id}`, targetKind: AlertTargetKind.BODY, targetLabel: m.body,
      kind: "meeting", sessionId: m.session_id, sessionTitle: m.session_title, body: m.body, when: m.scheduled_at,
    })),
    ...searched.map(toDecision(AlertTargetKind.SEARCH)),
  ];
}
