import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Councillors, bodies, accounts, council sessions with agenda, attendance, votes,
 * ballots, declarations and the audit record. The rules of DOMAIN.md that matter
 * legally are held by the database itself, so they stay true even if code above
 * has a bug: one ballot per (vote, councillor), ballots only while the vote is
 * open, one open vote per session, a current item that belongs to its session,
 * append-only declarations and audit events.
 */
export class CouncilSessions1764000000000 implements MigrationInterface {
  name = "CouncilSessions1764000000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE councillor (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        full_name text NOT NULL CHECK (length(btrim(full_name)) BETWEEN 1 AND 200),
        gender text NOT NULL CHECK (gender IN ('FEMALE','MALE','OTHER','UNDISCLOSED')),
        party text CHECK (party IS NULL OR length(party) <= 200),
        active boolean NOT NULL DEFAULT true,
        term_start date,
        term_end date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (term_end IS NULL OR term_start IS NULL OR term_end >= term_start)
      );

      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{2,64}$'),
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN','SECRETARIAT','COUNCILLOR','OSS_OPERATOR')),
        councillor_id uuid UNIQUE REFERENCES councillor(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((role = 'COUNCILLOR') = (councillor_id IS NOT NULL))
      );

      CREATE TABLE body (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('COUNCIL','COMMITTEE')),
        seats int NOT NULL CHECK (seats BETWEEN 1 AND 200)
      );
      -- One municipal council per installation.
      CREATE UNIQUE INDEX body_one_council ON body (kind) WHERE kind = 'COUNCIL';

      CREATE TABLE body_member (
        body_id uuid NOT NULL REFERENCES body(id),
        councillor_id uuid NOT NULL REFERENCES councillor(id),
        PRIMARY KEY (body_id, councillor_id)
      );

      CREATE TABLE council_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        body_id uuid NOT NULL REFERENCES body(id),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
        scheduled_at timestamptz NOT NULL,
        announced_at timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED','IN_PROGRESS','SUSPENDED','CLOSED')),
        seats int NOT NULL CHECK (seats BETWEEN 1 AND 200),
        current_item_id uuid,
        started_at timestamptz,
        closed_at timestamptz,
        version int NOT NULL DEFAULT 1,
        CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL)),
        CHECK ((status = 'SCHEDULED') = (started_at IS NULL))
      );
      CREATE INDEX council_session_scheduled_at ON council_session (scheduled_at);

      CREATE TABLE agenda_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES council_session(id),
        position int NOT NULL CHECK (position > 0),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 500),
        description text CHECK (description IS NULL OR length(description) <= 5000),
        status text NOT NULL DEFAULT 'PENDING'
          CHECK (status IN ('PENDING','UNDER_DISCUSSION','VOTING','DECIDED','DEFERRED','WITHDRAWN')),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (session_id, position),
        UNIQUE (session_id, id)
      );

      -- At most one current item per session (a single column), and it must be one of the session's own items.
      ALTER TABLE council_session
        ADD CONSTRAINT council_session_current_item_fk
        FOREIGN KEY (id, current_item_id) REFERENCES agenda_item (session_id, id);

      CREATE TABLE attendance (
        session_id uuid NOT NULL REFERENCES council_session(id),
        councillor_id uuid NOT NULL REFERENCES councillor(id),
        status text NOT NULL CHECK (status IN ('PRESENT','ABSENT','EXCUSED')),
        changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (session_id, councillor_id)
      );

      -- Every arrival and departure, with its time (attendance holds only the latest state).
      CREATE TABLE attendance_change (
        id bigserial PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES council_session(id),
        councillor_id uuid NOT NULL REFERENCES councillor(id),
        status text NOT NULL CHECK (status IN ('PRESENT','ABSENT','EXCUSED')),
        changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        recorded_by uuid REFERENCES app_user(id)
      );
      CREATE INDEX attendance_change_session ON attendance_change (session_id, changed_at);

      CREATE TABLE vote (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL,
        agenda_item_id uuid NOT NULL,
        majority text NOT NULL CHECK (majority IN ('SIMPLE','ABSOLUTE','TWO_THIRDS')),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CLOSED')),
        seats int NOT NULL CHECK (seats BETWEEN 1 AND 200),
        opened_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        closed_at timestamptz,
        for_count int CHECK (for_count >= 0),
        against_count int CHECK (against_count >= 0),
        abstain_count int CHECK (abstain_count >= 0),
        recused_count int CHECK (recused_count >= 0),
        not_voted_count int CHECK (not_voted_count >= 0),
        outcome text CHECK (outcome IN ('PASSED','FAILED')),
        FOREIGN KEY (session_id, agenda_item_id) REFERENCES agenda_item (session_id, id),
        -- An open vote has no result yet; a closed one has a fixed tally and outcome.
        CHECK (
          (status = 'OPEN' AND closed_at IS NULL AND outcome IS NULL AND for_count IS NULL)
          OR (status = 'CLOSED' AND closed_at IS NOT NULL AND outcome IS NOT NULL
              AND for_count IS NOT NULL AND against_count IS NOT NULL AND abstain_count IS NOT NULL
              AND recused_count IS NOT NULL AND not_voted_count IS NOT NULL
              AND for_count + against_count + abstain_count + recused_count + not_voted_count = seats)
        )
      );
      -- One vote at a time in a chamber.
      CREATE UNIQUE INDEX vote_one_open_per_session ON vote (session_id) WHERE status = 'OPEN';
      CREATE INDEX vote_agenda_item ON vote (agenda_item_id);

      -- A closed vote is final: its tally, outcome and times never change, and it is never deleted.
      CREATE FUNCTION vote_final_once_closed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'CLOSED' THEN
          RAISE EXCEPTION 'a closed vote cannot be changed or deleted' USING ERRCODE = '23514', CONSTRAINT = 'vote_final_once_closed';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END $$;
      CREATE TRIGGER vote_final_once_closed BEFORE UPDATE OR DELETE ON vote
        FOR EACH ROW EXECUTE FUNCTION vote_final_once_closed();

      CREATE TABLE ballot (
        vote_id uuid NOT NULL REFERENCES vote(id),
        councillor_id uuid NOT NULL REFERENCES councillor(id),
        choice text NOT NULL CHECK (choice IN ('FOR','AGAINST','ABSTAIN')),
        cast_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        cast_by uuid REFERENCES app_user(id),
        PRIMARY KEY (vote_id, councillor_id)
      );

      -- Ballots change only while their vote is open: a closed vote's record is final.
      CREATE FUNCTION ballot_only_while_vote_open() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE v_status text;
      BEGIN
        SELECT status INTO v_status FROM vote WHERE id = COALESCE(NEW.vote_id, OLD.vote_id);
        IF v_status IS DISTINCT FROM 'OPEN' THEN
          RAISE EXCEPTION 'ballots of a closed vote cannot change' USING ERRCODE = '23514', CONSTRAINT = 'ballot_only_while_vote_open';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END $$;
      CREATE TRIGGER ballot_only_while_vote_open BEFORE INSERT OR UPDATE OR DELETE ON ballot
        FOR EACH ROW EXECUTE FUNCTION ballot_only_while_vote_open();

      CREATE TABLE declaration (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agenda_item_id uuid NOT NULL REFERENCES agenda_item(id),
        councillor_id uuid NOT NULL REFERENCES councillor(id),
        interest_type text NOT NULL CHECK (interest_type IN ('PERSONAL','FAMILY','FINANCIAL','PROFESSIONAL','OTHER')),
        description text NOT NULL CHECK (length(btrim(description)) BETWEEN 1 AND 2000),
        recused boolean NOT NULL,
        filed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        filed_by uuid NOT NULL REFERENCES app_user(id),
        filed_on_behalf boolean NOT NULL,
        supersedes_id uuid REFERENCES declaration(id)
      );
      CREATE INDEX declaration_item ON declaration (agenda_item_id, councillor_id, filed_at);
      CREATE INDEX declaration_councillor ON declaration (councillor_id, filed_at);

      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_user_id uuid REFERENCES app_user(id),
        actor_role text,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id text,
        session_id uuid,
        before jsonb,
        after jsonb
      );
      CREATE INDEX audit_event_subject ON audit_event (subject_type, subject_id);

      -- Declarations and the audit record are append-only (DOMAIN.md: never edited or deleted).
      CREATE FUNCTION refuse_change_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: rows cannot be changed or deleted', TG_TABLE_NAME
          USING ERRCODE = '23514', CONSTRAINT = TG_TABLE_NAME || '_append_only';
      END $$;
      CREATE TRIGGER declaration_append_only BEFORE UPDATE OR DELETE ON declaration
        FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
      CREATE TRIGGER declaration_no_truncate BEFORE TRUNCATE ON declaration
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE audit_event, declaration, ballot, vote, attendance_change, attendance CASCADE;
      ALTER TABLE council_session DROP CONSTRAINT council_session_current_item_fk;
      DROP TABLE agenda_item, council_session, body_member, body, app_user, councillor CASCADE;
      DROP FUNCTION refuse_change_append_only(), ballot_only_while_vote_open(), vote_final_once_closed();
    `);
  }
}
