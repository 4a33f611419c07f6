import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Councillors' initiatives [nisma] with lead and co-sponsors (Elbasan plan OS-4
 * point 8), public consultations and hearings with participants by gender (OS-4
 * point 7), and the publication date of an agenda item's draft decision, for the
 * 10-working-day comment period (OS-2).
 */
export class InitiativesTransparency1764400000000 implements MigrationInterface {
  name = "InitiativesTransparency1764400000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE initiative (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 500),
        kind text NOT NULL CHECK (kind IN ('DRAFT_DECISION','MOTION','QUESTION','AMENDMENT')),
        submitted_at timestamptz NOT NULL,
        lead_sponsor_id uuid NOT NULL REFERENCES councillor(id),
        status text NOT NULL DEFAULT 'SUBMITTED'
          CHECK (status IN ('SUBMITTED','IN_COMMITTEE','ON_AGENDA','ADOPTED','REJECTED','WITHDRAWN')),
        agenda_item_id uuid REFERENCES agenda_item(id),
        created_by uuid REFERENCES app_user(id),
        version int NOT NULL DEFAULT 1
      );
      CREATE INDEX initiative_submitted ON initiative (submitted_at);
      CREATE INDEX initiative_agenda_item ON initiative (agenda_item_id) WHERE agenda_item_id IS NOT NULL;

      CREATE TABLE initiative_cosponsor (
        initiative_id uuid NOT NULL REFERENCES initiative(id),
        councillor_id uuid NOT NULL REFERENCES councillor(id),
        PRIMARY KEY (initiative_id, councillor_id)
      );
      -- The lead sponsor is never also a co-sponsor.
      CREATE FUNCTION cosponsor_is_not_lead() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM initiative WHERE id = NEW.initiative_id AND lead_sponsor_id = NEW.councillor_id) THEN
          RAISE EXCEPTION 'the lead sponsor cannot also be a co-sponsor' USING ERRCODE = '23514', CONSTRAINT = 'cosponsor_is_not_lead';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER cosponsor_is_not_lead BEFORE INSERT OR UPDATE ON initiative_cosponsor
        FOR EACH ROW EXECUTE FUNCTION cosponsor_is_not_lead();

      CREATE TABLE consultation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
        kind text NOT NULL CHECK (kind IN ('CONSULTATION','HEARING')),
        held_at timestamptz NOT NULL,
        announced_at timestamptz,
        women int NOT NULL CHECK (women >= 0),
        men int NOT NULL CHECK (men >= 0),
        other_or_undisclosed int NOT NULL DEFAULT 0 CHECK (other_or_undisclosed >= 0),
        vulnerable_groups int NOT NULL DEFAULT 0 CHECK (vulnerable_groups >= 0),
        created_by uuid REFERENCES app_user(id),
        CHECK (vulnerable_groups <= women + men + other_or_undisclosed)
      );
      CREATE INDEX consultation_held ON consultation (held_at);

      ALTER TABLE agenda_item ADD COLUMN draft_published_at timestamptz;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE agenda_item DROP COLUMN draft_published_at;
      DROP TABLE consultation, initiative_cosponsor, initiative CASCADE;
      DROP FUNCTION cosponsor_is_not_lead();
    `);
  }
}
