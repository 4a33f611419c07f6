import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Failed logins, counted in the database so that every instance sees the same
 * counts and a restart forgets none (security/login-throttle.ts). One row per
 * scope: 'pair' keyed by username and client address, 'address' keyed by the
 * client address. Rows are forgotten an hour after their last failure; the
 * server's clock prunes them.
 */
export class LoginThrottle1764600000000 implements MigrationInterface {
  name = "LoginThrottle1764600000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_failure (
        scope text NOT NULL CHECK (scope IN ('pair', 'address')),
        key text NOT NULL CHECK (length(key) BETWEEN 1 AND 400),
        failures int NOT NULL CHECK (failures >= 0),
        first_at timestamptz NOT NULL,
        last_at timestamptz NOT NULL,
        blocked_until timestamptz,
        PRIMARY KEY (scope, key)
      );
      CREATE INDEX login_failure_last_at ON login_failure (last_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TABLE login_failure");
  }
}
