import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Committees as full bodies (issue 15 point 2) [komisionet]:
 * - body.functions: a committee's functions and mandate [funksionet], as the council's decision states them;
 *   body.version: the committee as an aggregate of the write path (name, functions, seats, memberships).
 * - committee_membership: who sat on which committee, as what (CHAIR or MEMBER) and from when to when.
 *   `joined_on` and `left_on` are Tirana calendar dates, both days included; `left_on` is null while the
 *   membership is current. One councillor never holds two memberships of one committee on the same day
 *   (an exclusion constraint over the date ranges), and a committee has at most one chair on any day.
 *   The rows of the old body_member table (undated) become memberships from the councillor's term start.
 * - body_member becomes a view of today's members (Tirana date), so readers of "the members now" keep one name.
 * - session_seat: THE definition of a session's seated members, used by the snapshot (attendance list, quorum)
 *   and by every command that asks "may this councillor take part" (attendance, declarations, the floor):
 *   a council session seats the councillors whose term covers the session's day (councillor_seated_on, migration
 *   CouncillorProfiles: the active councillors for a session today or later); a committee meeting seats the
 *   committee's members on the meeting's date. The day is the session's scheduled day in Tirana.
 * - committee_opinion: a committee's opinion [relacion / mendimi i komisionit] on an item of the council's
 *   agenda, optionally pointing at the committee meeting and item where it was adopted. One per committee and
 *   item; the secretariat may correct it (the audit record keeps the earlier text).
 */
export class Committees1765500000000 implements MigrationInterface {
  name = "Committees1765500000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE EXTENSION IF NOT EXISTS btree_gist;

      ALTER TABLE body ADD COLUMN functions text,
        ADD CONSTRAINT body_functions_check CHECK (functions IS NULL OR length(functions) <= 4000),
        ADD COLUMN version int NOT NULL DEFAULT 1;

      CREATE TABLE committee_membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        body_id uuid NOT NULL,
        councillor_id uuid NOT NULL,
        role text NOT NULL DEFAULT 'MEMBER',
        joined_on date NOT NULL,
        left_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT committee_membership_body_id_fkey FOREIGN KEY (body_id) REFERENCES body(id),
        CONSTRAINT committee_membership_councillor_id_fkey FOREIGN KEY (councillor_id) REFERENCES councillor(id),
        CONSTRAINT committee_membership_role_check CHECK (role IN ('CHAIR', 'MEMBER')),
        CONSTRAINT committee_membership_dates_check CHECK (left_on IS NULL OR left_on >= joined_on),
        CONSTRAINT committee_membership_no_overlap
          EXCLUDE USING gist (body_id WITH =, councillor_id WITH =, daterange(joined_on, left_on, '[]') WITH &&),
        CONSTRAINT committee_membership_one_chair
          EXCLUDE USING gist (body_id WITH =, daterange(joined_on, left_on, '[]') WITH &&) WHERE (role = 'CHAIR')
      );
      CREATE UNIQUE INDEX committee_membership_current ON committee_membership (body_id, councillor_id) WHERE left_on IS NULL;
      CREATE INDEX committee_membership_councillor ON committee_membership (councillor_id);

      INSERT INTO committee_membership (body_id, councillor_id, joined_on)
        SELECT m.body_id, m.councillor_id, coalesce(c.term_start, current_date)
        FROM body_member m JOIN councillor c ON c.id = m.councillor_id;
      DROP TABLE body_member;

      CREATE VIEW body_member AS
        SELECT m.body_id, m.councillor_id, m.role, m.joined_on
        FROM committee_membership m
        WHERE m.joined_on <= (now() AT TIME ZONE 'Europe/Tirane')::date
          AND (m.left_on IS NULL OR m.left_on >= (now() AT TIME ZONE 'Europe/Tirane')::date);
      COMMENT ON VIEW body_member IS 'Each committee''s members today (Tirana date), from committee_membership.';

      CREATE VIEW session_seat AS
        SELECT s.id AS session_id, c.id AS councillor_id
        FROM council_session s JOIN body b ON b.id = s.body_id AND b.kind = 'COUNCIL'
        JOIN councillor c ON councillor_seated_on(c.term_start, c.term_end, c.active, (s.scheduled_at AT TIME ZONE 'Europe/Tirane')::date)
        UNION ALL
        SELECT s.id AS session_id, m.councillor_id
        FROM council_session s JOIN body b ON b.id = s.body_id AND b.kind = 'COMMITTEE'
        JOIN committee_membership m ON m.body_id = s.body_id
          AND m.joined_on <= (s.scheduled_at AT TIME ZONE 'Europe/Tirane')::date
          AND (m.left_on IS NULL OR m.left_on >= (s.scheduled_at AT TIME ZONE 'Europe/Tirane')::date);
      COMMENT ON VIEW session_seat IS 'The seated members of each session on its day (Tirana): councillors whose term covers it for the council, the committee''s members then for a committee.';

      CREATE TABLE committee_opinion (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agenda_item_id uuid NOT NULL,
        committee_id uuid NOT NULL,
        committee_session_id uuid,
        committee_item_id uuid,
        opinion text NOT NULL,
        opinion_text text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by uuid NOT NULL,
        CONSTRAINT committee_opinion_agenda_item_id_fkey FOREIGN KEY (agenda_item_id) REFERENCES agenda_item(id),
        CONSTRAINT committee_opinion_committee_id_fkey FOREIGN KEY (committee_id) REFERENCES body(id),
        CONSTRAINT committee_opinion_committee_session_id_fkey FOREIGN KEY (committee_session_id) REFERENCES council_session(id),
        CONSTRAINT committee_opinion_committee_item_id_fkey FOREIGN KEY (committee_item_id) REFERENCES agenda_item(id),
        CONSTRAINT committee_opinion_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES app_user(id),
        CONSTRAINT committee_opinion_opinion_check CHECK (opinion IN ('FAVOURABLE', 'UNFAVOURABLE', 'WITH_AMENDMENTS')),
        CONSTRAINT committee_opinion_text_check CHECK (length(btrim(opinion_text)) BETWEEN 1 AND 4000),
        CONSTRAINT committee_opinion_item_needs_session CHECK (committee_item_id IS NULL OR committee_session_id IS NOT NULL),
        CONSTRAINT committee_opinion_one_per_committee UNIQUE (agenda_item_id, committee_id)
      );
      CREATE INDEX committee_opinion_committee ON committee_opinion (committee_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE committee_opinion;
      DROP VIEW session_seat;
      DROP VIEW body_member;
      CREATE TABLE body_member (
        body_id uuid NOT NULL REFERENCES body(id),
        councillor_id uuid NOT NULL REFERENCES councillor(id),
        PRIMARY KEY (body_id, councillor_id)
      );
      INSERT INTO body_member SELECT DISTINCT body_id, councillor_id FROM committee_membership WHERE left_on IS NULL;
      DROP TABLE committee_membership;
      ALTER TABLE body DROP COLUMN functions, DROP COLUMN version;
    `);
  }
}
