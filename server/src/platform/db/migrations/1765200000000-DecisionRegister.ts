import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The register of decisions [regjistri i akteve / vendimet] and its search.
 *
 * - `decided_item`: the one definition of "a decided agenda item" (an item whose vote closed) and of its decision
 *   (the item's last closed vote: its outcome, tally and moment). Every reader of the register uses the view.
 * - `decision_record`: what the secretariat adds to a decided item: its decision number [nr. i vendimit], unique per
 *   body and year, its kind, and the state of the review of its legality by the prefect [Prefekti] (Albania) or the
 *   ministry (MAPL, Kosovo). `body_id` is filled by the database from the item's session, so the uniqueness holds
 *   whatever the code above does.
 * - Search that forgives missing diacritics: the `unaccent` extension (trusted: the database's owner may create it)
 *   and the text search configuration `kuvend_sq` (`simple` with unaccent first), an indexed `search_text` table
 *   with one row per piece of text about an agenda item (its title, its description; the meeting packages add their
 *   documents' text). The SQL that reads it is in one place, server/src/decisions/search.ts.
 */
export class DecisionRegister1765200000000 implements MigrationInterface {
  name = "DecisionRegister1765200000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE EXTENSION IF NOT EXISTS unaccent;
      CREATE TEXT SEARCH CONFIGURATION kuvend_sq (COPY = simple);
      ALTER TEXT SEARCH CONFIGURATION kuvend_sq ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
      COMMENT ON TEXT SEARCH CONFIGURATION kuvend_sq IS 'Albanian text as written or without its diacritics (ë = e, ç = c): simple, after unaccent.';

      CREATE VIEW decided_item AS
        SELECT DISTINCT ON (v.agenda_item_id)
               v.agenda_item_id, v.id AS vote_id, v.session_id, v.outcome, v.majority, v.closed_at,
               v.for_count, v.against_count, v.abstain_count, v.recused_count, v.not_voted_count
        FROM vote v WHERE v.status = 'CLOSED'
        ORDER BY v.agenda_item_id, v.closed_at DESC, v.id DESC;
      COMMENT ON VIEW decided_item IS 'A decided agenda item: one whose vote closed; its decision is its last closed vote.';

      CREATE TABLE decision_record (
        agenda_item_id uuid PRIMARY KEY REFERENCES agenda_item(id),
        body_id uuid NOT NULL REFERENCES body(id),
        year int CHECK (year BETWEEN 2000 AND 2200),
        number int CHECK (number BETWEEN 1 AND 1000000),
        kind text CHECK (kind IN ('BUDGET','FEES','REGULATION','PROPERTY','PLANNING','SERVICES','NAMING','PROCEDURAL','OTHER')),
        review_status text NOT NULL DEFAULT 'NOT_SENT'
          CHECK (review_status IN ('NOT_SENT','SENT','UPHELD','RETURNED','CONTESTED','ANNULLED')),
        review_authority text CHECK (review_authority IN ('PREFECT','MINISTRY')),
        review_on date,
        review_note text CHECK (review_note IS NULL OR length(review_note) <= 2000),
        version int NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT decision_record_number_year CHECK ((year IS NULL) = (number IS NULL)),
        CONSTRAINT decision_record_review_dated CHECK ((review_status = 'NOT_SENT') = (review_on IS NULL) AND (review_status = 'NOT_SENT') = (review_authority IS NULL)),
        CONSTRAINT decision_record_review_numbered CHECK (review_status = 'NOT_SENT' OR number IS NOT NULL)
      );
      CREATE UNIQUE INDEX decision_record_number ON decision_record (body_id, year, number);

      CREATE FUNCTION decision_record_body() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT s.body_id INTO STRICT NEW.body_id FROM agenda_item i JOIN council_session s ON s.id = i.session_id WHERE i.id = NEW.agenda_item_id;
        RETURN NEW;
      END $$;
      CREATE TRIGGER decision_record_body BEFORE INSERT OR UPDATE ON decision_record
        FOR EACH ROW EXECUTE FUNCTION decision_record_body();

      CREATE TABLE search_text (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        agenda_item_id uuid NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
        source text NOT NULL CHECK (source ~ '^[a-z_]{1,40}$'),
        source_id text NOT NULL CHECK (length(source_id) BETWEEN 1 AND 200),
        label text CHECK (label IS NULL OR length(label) <= 500),
        weight text NOT NULL DEFAULT 'C' CHECK (weight IN ('A','B','C','D')),
        body text NOT NULL,
        document tsvector GENERATED ALWAYS AS (setweight(to_tsvector('kuvend_sq'::regconfig, left(body, 200000)), weight::"char")) STORED,
        UNIQUE (source, source_id)
      );
      CREATE INDEX search_text_document ON search_text USING gin (document);
      CREATE INDEX search_text_item ON search_text (agenda_item_id);
      COMMENT ON TABLE search_text IS 'Searchable text about agenda items, one row per piece (source, source_id); see server/src/decisions/search.ts.';

      CREATE FUNCTION search_text_of_agenda_item() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_text (agenda_item_id, source, source_id, weight, body) VALUES (NEW.id, 'item_title', NEW.id::text, 'A', NEW.title)
          ON CONFLICT (source, source_id) DO UPDATE SET body = EXCLUDED.body WHERE search_text.body IS DISTINCT FROM EXCLUDED.body;
        IF NEW.description IS NULL OR btrim(NEW.description) = '' THEN
          DELETE FROM search_text WHERE source = 'item_description' AND source_id = NEW.id::text;
        ELSE
          INSERT INTO search_text (agenda_item_id, source, source_id, weight, body) VALUES (NEW.id, 'item_description', NEW.id::text, 'B', NEW.description)
            ON CONFLICT (source, source_id) DO UPDATE SET body = EXCLUDED.body WHERE search_text.body IS DISTINCT FROM EXCLUDED.body;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER agenda_item_search_text AFTER INSERT OR UPDATE OF title, description ON agenda_item
        FOR EACH ROW EXECUTE FUNCTION search_text_of_agenda_item();
      INSERT INTO search_text (agenda_item_id, source, source_id, weight, body)
        SELECT id, 'item_title', id::text, 'A', title FROM agenda_item;
      INSERT INTO search_text (agenda_item_id, source, source_id, weight, body)
        SELECT id, 'item_description', id::text, 'B', description FROM agenda_item WHERE description IS NOT NULL AND btrim(description) <> '';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER agenda_item_search_text ON agenda_item;
      DROP FUNCTION search_text_of_agenda_item();
      DROP TABLE search_text;
      DROP TABLE decision_record;
      DROP FUNCTION decision_record_body();
      DROP VIEW decided_item;
      DROP TEXT SEARCH CONFIGURATION kuvend_sq;
    `);
  }
}
