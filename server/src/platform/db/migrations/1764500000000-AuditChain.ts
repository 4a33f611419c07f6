import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The tamper-evident record (DOMAIN.md, "Records and publication"): audit events
 * form a hash chain. Each event stores the hash of the one before it and
 *
 *   hash = SHA-256( prev_hash (64 hex digits; 64 zeros for the first event)
 *                   ‖ audit_event_content(event) )          as UTF-8 text
 *
 * where audit_event_content is the jsonb text of the event's columns (PostgreSQL
 * prints jsonb canonically: keys sorted by length then bytes, one space after
 * ':' and ','; times as UTC text with microseconds, whatever the connection's
 * TimeZone). That function is the one definition of the hashed bytes: the insert
 * trigger and the verifier (server/src/audit/verify.ts) both use it.
 *
 * The chain is built by the database, in a BEFORE INSERT trigger, so every way of
 * writing an event (commands, demo data, a hand-written INSERT) is chained and no
 * caller can forget. The trigger takes a transaction-level advisory lock, then
 * assigns the id and reads the head: appends are totally ordered, ids follow the
 * chain, and the lock is held to commit (callers write their event last).
 *
 * Ballots, declarations, removed ballots and closed votes are covered through
 * their events, which carry the record as written (ballot_record(...) etc., the
 * same functions the verifier compares the tables with). Records that exist
 * without such an event (data from before this migration; the demo data, written
 * with plain SQL) are attested once by audit_attest_unrecorded(): one
 * `attestRecord` event each, appended to the chain.
 */
export class AuditChain1764500000000 implements MigrationInterface {
  name = "AuditChain1764500000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE audit_event ADD COLUMN prev_hash text, ADD COLUMN hash text;

      -- A moment as text: UTC, microseconds, the same whatever the connection's TimeZone.
      CREATE FUNCTION audit_time(t timestamptz) RETURNS text LANGUAGE sql STABLE
        AS $$ SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') $$;

      -- The hashed content of an event: every column but the two hashes.
      CREATE FUNCTION audit_event_content(e audit_event) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT jsonb_build_object(
          'id', e.id, 'at', audit_time(e.at), 'actorUserId', e.actor_user_id, 'actorRole', e.actor_role,
          'action', e.action, 'subjectType', e.subject_type, 'subjectId', e.subject_id, 'sessionId', e.session_id,
          'before', e.before, 'after', e.after)::text
      $$;

      CREATE FUNCTION audit_event_hash(prev text, e audit_event) RETURNS text LANGUAGE sql STABLE
        AS $$ SELECT encode(sha256(convert_to(prev || audit_event_content(e), 'UTF8')), 'hex') $$;

      -- The records an event carries, and the verifier compares the tables with.
      CREATE FUNCTION ballot_record(b ballot) RETURNS jsonb LANGUAGE sql STABLE AS $$
        SELECT jsonb_build_object('voteId', b.vote_id, 'councillorId', b.councillor_id, 'choice', b.choice,
          'castAt', audit_time(b.cast_at), 'castBy', b.cast_by)
      $$;
      CREATE FUNCTION declaration_record(d declaration) RETURNS jsonb LANGUAGE sql STABLE AS $$
        SELECT jsonb_build_object('id', d.id, 'agendaItemId', d.agenda_item_id, 'councillorId', d.councillor_id,
          'interestType', d.interest_type, 'description', d.description, 'recused', d.recused,
          'filedAt', audit_time(d.filed_at), 'filedBy', d.filed_by, 'filedOnBehalf', d.filed_on_behalf, 'supersedesId', d.supersedes_id)
      $$;
      CREATE FUNCTION ballot_removal_record(r ballot_removal) RETURNS jsonb LANGUAGE sql STABLE AS $$
        SELECT jsonb_build_object('id', r.id, 'voteId', r.vote_id, 'councillorId', r.councillor_id, 'choice', r.choice,
          'declarationId', r.declaration_id, 'removedAt', audit_time(r.removed_at))
      $$;
      -- A closed vote's fixed result, in the shape of the closeVote event (null while open).
      CREATE FUNCTION vote_result(v vote) RETURNS jsonb LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN v.status = 'CLOSED' THEN jsonb_build_object(
          'tally', jsonb_build_object('for', v.for_count, 'against', v.against_count, 'abstain', v.abstain_count,
                                      'recused', v.recused_count, 'notVoted', v.not_voted_count),
          'outcome', v.outcome) END
      $$;

      -- Chain the events already written, in id order.
      ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only;
      DO $$
      DECLARE r audit_event; prev text := repeat('0', 64); h text;
      BEGIN
        FOR r IN SELECT * FROM audit_event ORDER BY id LOOP
          h := audit_event_hash(prev, r);
          UPDATE audit_event SET prev_hash = prev, hash = h WHERE id = r.id;
          prev := h;
        END LOOP;
      END $$;
      ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only;

      ALTER TABLE audit_event
        ALTER COLUMN prev_hash SET NOT NULL,
        ALTER COLUMN hash SET NOT NULL,
        ADD CONSTRAINT audit_event_hashes_hex CHECK (prev_hash ~ '^[0-9a-f]{64}$' AND hash ~ '^[0-9a-f]{64}$'),
        -- No fork: an event is the successor of at most one event.
        ADD CONSTRAINT audit_event_one_successor UNIQUE (prev_hash);
      -- The trigger assigns the id, after taking the lock, so ids follow the chain.
      ALTER TABLE audit_event ALTER COLUMN id DROP DEFAULT;

      CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE prev text;
      BEGIN
        -- The head must be read after the lock, with a fresh snapshot: READ COMMITTED only
        -- (a REPEATABLE READ snapshot could miss the head and fork the chain).
        IF current_setting('transaction_isolation') <> 'read committed' THEN
          RAISE EXCEPTION 'audit events are appended in READ COMMITTED transactions only'
            USING ERRCODE = '25000', CONSTRAINT = 'audit_event_chain';
        END IF;
        PERFORM pg_advisory_xact_lock(874202); -- held to commit: one append at a time
        NEW.id := nextval('audit_event_id_seq');
        SELECT hash INTO prev FROM audit_event ORDER BY id DESC LIMIT 1;
        NEW.prev_hash := coalesce(prev, repeat('0', 64));
        NEW.hash := audit_event_hash(NEW.prev_hash, NEW);
        RETURN NEW;
      END $$;
      CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_chain();

      -- One attestRecord event for each ballot, declaration, removed ballot and closed vote that
      -- no event carries yet (records written before the chain, or with plain SQL by the demo).
      CREATE FUNCTION audit_attest_unrecorded() RETURNS int LANGUAGE plpgsql AS $$
      DECLARE n int := 0; k int;
      BEGIN
        INSERT INTO audit_event (action, subject_type, subject_id, session_id, after)
        SELECT 'attestRecord', 'declaration', d.id::text, i.session_id, jsonb_build_object('declaration', declaration_record(d))
        FROM declaration d JOIN agenda_item i ON i.id = d.agenda_item_id
        WHERE NOT EXISTS (SELECT 1 FROM audit_event e
                          WHERE e.subject_type = 'declaration' AND e.subject_id = d.id::text AND e.after ? 'declaration')
        ORDER BY d.filed_at, d.id;
        GET DIAGNOSTICS k = ROW_COUNT; n := n + k;

        INSERT INTO audit_event (action, subject_type, subject_id, session_id, after)
        SELECT 'attestRecord', 'ballot', b.vote_id || '/' || b.councillor_id, v.session_id, jsonb_build_object('ballot', ballot_record(b))
        FROM ballot b JOIN vote v ON v.id = b.vote_id
        WHERE NOT EXISTS (SELECT 1 FROM audit_event e
                          WHERE e.subject_type = 'ballot' AND e.subject_id = b.vote_id || '/' || b.councillor_id AND e.after ? 'ballot')
        ORDER BY b.cast_at, b.vote_id, b.councillor_id;
        GET DIAGNOSTICS k = ROW_COUNT; n := n + k;

        INSERT INTO audit_event (action, subject_type, subject_id, session_id, after)
        SELECT 'attestRecord', 'ballot', r.vote_id || '/' || r.councillor_id, v.session_id, jsonb_build_object('removal', ballot_removal_record(r))
        FROM ballot_removal r JOIN vote v ON v.id = r.vote_id
        WHERE NOT EXISTS (SELECT 1 FROM audit_event e
                          WHERE e.subject_type = 'ballot' AND e.subject_id = r.vote_id || '/' || r.councillor_id
                            AND e.after -> 'removal' ->> 'id' = r.id::text)
        ORDER BY r.id;
        GET DIAGNOSTICS k = ROW_COUNT; n := n + k;

        INSERT INTO audit_event (action, subject_type, subject_id, session_id, after)
        SELECT 'attestRecord', 'vote', v.id::text, v.session_id, jsonb_build_object('status', 'CLOSED') || vote_result(v)
        FROM vote v
        WHERE v.status = 'CLOSED'
          AND NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.subject_type = 'vote' AND e.subject_id = v.id::text AND e.after ? 'tally')
        ORDER BY v.closed_at, v.id;
        GET DIAGNOSTICS k = ROW_COUNT; n := n + k;
        RETURN n;
      END $$;

      SELECT audit_attest_unrecorded();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER audit_event_chain ON audit_event;
      DROP FUNCTION audit_attest_unrecorded(), audit_event_chain();
      ALTER TABLE audit_event ALTER COLUMN id SET DEFAULT nextval('audit_event_id_seq');
      ALTER TABLE audit_event DROP COLUMN prev_hash, DROP COLUMN hash;
      DROP FUNCTION audit_event_hash(text, audit_event), audit_event_content(audit_event), ballot_record(ballot),
        declaration_record(declaration), ballot_removal_record(ballot_removal), vote_result(vote), audit_time(timestamptz);
    `);
  }
}
