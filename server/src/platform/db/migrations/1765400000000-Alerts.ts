import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * E-mail alerts (issue 15 point 6) [njoftime me email]: a citizen follows a councillor, a body (the council
 * or a committee) or a search, and hears by e-mail when something new matches.
 * - `alert_subscription`: the address (never published: no public answer, open-data file or audit event holds
 *   it; the audit record keeps `email_sha256`), what it follows, and its life: requested → confirmed (double
 *   opt-in, before `confirm_by`; an unconfirmed one is deleted after that) → unsubscribed (kept, so the audit
 *   record's subject still exists, with the address erased). At most one live subscription per address and target.
 * - `alert_delivery`: one row per (subscription, thing matched), inserted in the transaction that sends the
 *   message: several instances on one database never send the same alert twice.
 * - `alert_request`: subscription requests per address hash and per client address, for the rate limit; pruned
 *   after a day by the server's clock.
 */
export class Alerts1765400000000 implements MigrationInterface {
  name = "Alerts1765400000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE alert_subscription (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text CHECK (email IS NULL OR (length(email) BETWEEN 3 AND 254 AND email LIKE '%_@_%')),
        email_sha256 text NOT NULL CHECK (email_sha256 ~ '^[0-9a-f]{64}$'),
        target_kind text NOT NULL CHECK (target_kind IN ('COUNCILLOR','BODY','SEARCH')),
        councillor_id uuid REFERENCES councillor(id),
        body_id uuid REFERENCES body(id),
        search text CHECK (search IS NULL OR length(btrim(search)) BETWEEN 2 AND 200),
        requested_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        confirm_by timestamptz NOT NULL,
        confirmed_at timestamptz,
        unsubscribed_at timestamptz,
        CONSTRAINT alert_subscription_target CHECK (
          (target_kind = 'COUNCILLOR') = (councillor_id IS NOT NULL)
          AND (target_kind = 'BODY') = (body_id IS NOT NULL)
          AND (target_kind = 'SEARCH') = (search IS NOT NULL)),
        CONSTRAINT alert_subscription_life CHECK (
          (unsubscribed_at IS NULL) = (email IS NOT NULL)
          AND (confirmed_at IS NULL OR confirmed_at >= requested_at))
      );
      CREATE UNIQUE INDEX alert_subscription_live ON alert_subscription
        (email_sha256, target_kind, coalesce(councillor_id::text, body_id::text, lower(search))) WHERE unsubscribed_at IS NULL;
      CREATE INDEX alert_subscription_confirmed ON alert_subscription (target_kind, confirmed_at) WHERE unsubscribed_at IS NULL AND confirmed_at IS NOT NULL;
      CREATE INDEX alert_subscription_unconfirmed ON alert_subscription (confirm_by) WHERE confirmed_at IS NULL AND unsubscribed_at IS NULL;

      CREATE TABLE alert_delivery (
        subscription_id uuid NOT NULL REFERENCES alert_subscription(id) ON DELETE CASCADE,
        item_key text NOT NULL CHECK (length(item_key) BETWEEN 1 AND 200),
        sent_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (subscription_id, item_key)
      );

      CREATE TABLE alert_request (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email_sha256 text NOT NULL CHECK (email_sha256 ~ '^[0-9a-f]{64}$'),
        client_address text NOT NULL CHECK (length(client_address) <= 100),
        requested_at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE INDEX alert_request_email ON alert_request (email_sha256, requested_at);
      CREATE INDEX alert_request_client ON alert_request (client_address, requested_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TABLE alert_request; DROP TABLE alert_delivery; DROP TABLE alert_subscription;");
  }
}
