import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The public record around declarations of interest: ballots removed by a
 * recusal (the vote's history stays visible), and the published minutes
 * [procesverbal] of closed sessions. Both append-only.
 */
export class DeclarationsMinutes1764100000000 implements MigrationInterface {
  name = "DeclarationsMinutes1764100000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ballot_removal (
        id bigserial PRIMARY KEY,
        vote_id uuid NOT NULL REFERENCES vote(id),
        councillor_id uuid NOT NULL REFERENCES councillor(id),
        choice text NOT NULL CHECK (choice IN ('FOR','AGAINST','ABSTAIN')),
        declaration_id uuid NOT NULL REFERENCES declaration(id),
        removed_at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE INDEX ballot_removal_vote ON ballot_removal (vote_id);
      CREATE TRIGGER ballot_removal_append_only BEFORE UPDATE OR DELETE ON ballot_removal
        FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
      CREATE TRIGGER ballot_removal_no_truncate BEFORE TRUNCATE ON ballot_removal
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();

      -- Published minutes: the document is fixed at publication (JSON), with its SHA-256.
      CREATE TABLE minutes (
        session_id uuid PRIMARY KEY REFERENCES council_session(id),
        published_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        published_by uuid NOT NULL REFERENCES app_user(id),
        document jsonb NOT NULL,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$')
      );
      CREATE TRIGGER minutes_append_only BEFORE UPDATE OR DELETE ON minutes
        FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
      CREATE TRIGGER minutes_no_truncate BEFORE TRUNCATE ON minutes
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();

      CREATE INDEX declaration_filed_at ON declaration (filed_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX declaration_filed_at; DROP TABLE minutes, ballot_removal;`);
  }
}
