import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * One Stop Shop [Zyra me Një Ndalesë]: offices, the service catalogue with its
 * published SLAs, requests with their SLA clock, lifecycle history, complaints,
 * satisfaction ratings, and the days the municipality declares closed.
 * A request's clock state is stored (due_at, at_risk_at, sla_state, next_check_at)
 * so that the SLA clock can find what changes next with one indexed query, on
 * any instance, after any restart.
 */
export class OneStopShop1764300000000 implements MigrationInterface {
  name = "OneStopShop1764300000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE office (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9-]{2,20}$'),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('CENTRAL','UNIT'))
      );

      CREATE TABLE service_type (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9-]{2,20}$'),
        name_sq text NOT NULL CHECK (length(btrim(name_sq)) BETWEEN 1 AND 200),
        name_en text NOT NULL CHECK (length(btrim(name_en)) BETWEEN 1 AND 200),
        category text NOT NULL CHECK (length(btrim(category)) BETWEEN 1 AND 100),
        sla_working_days int CHECK (sla_working_days BETWEEN 1 AND 365),
        sla_working_hours int CHECK (sla_working_hours BETWEEN 1 AND 8),
        CHECK ((sla_working_days IS NULL) <> (sla_working_hours IS NULL))
      );

      -- Reference numbers ZNN-<year>-<n>, unique across instances.
      CREATE SEQUENCE service_request_number;

      CREATE TABLE service_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE CHECK (length(reference) BETWEEN 3 AND 40),
        service_type_id uuid NOT NULL REFERENCES service_type(id),
        office_id uuid NOT NULL REFERENCES office(id),
        received_at timestamptz NOT NULL,
        citizen_gender text CHECK (citizen_gender IN ('FEMALE','MALE','OTHER','UNDISCLOSED')),
        status text NOT NULL DEFAULT 'RECEIVED'
          CHECK (status IN ('RECEIVED','IN_PROGRESS','WAITING_ON_CITIZEN','COMPLETED','REJECTED')),
        allowed_minutes int NOT NULL CHECK (allowed_minutes > 0),
        due_at timestamptz NOT NULL,
        at_risk_at timestamptz NOT NULL,
        sla_state text NOT NULL CHECK (sla_state IN ('ON_TRACK','AT_RISK','BREACHED','MET','MISSED')),
        next_check_at timestamptz,
        paused_at timestamptz,
        remaining_at_pause numeric,
        waiting_minutes numeric NOT NULL DEFAULT 0 CHECK (waiting_minutes >= 0),
        completed_at timestamptz,
        processing_minutes numeric CHECK (processing_minutes >= 0),
        version int NOT NULL DEFAULT 1,
        created_by uuid REFERENCES app_user(id),
        CHECK ((status IN ('COMPLETED','REJECTED')) = (completed_at IS NOT NULL)),
        CHECK ((status IN ('COMPLETED','REJECTED')) = (sla_state IN ('MET','MISSED'))),
        CHECK ((status = 'WAITING_ON_CITIZEN') = (paused_at IS NOT NULL)),
        CHECK (completed_at IS NULL OR completed_at >= received_at)
      );
      CREATE INDEX service_request_received ON service_request (received_at) INCLUDE (office_id, service_type_id, citizen_gender);
      CREATE INDEX service_request_completed ON service_request (completed_at) INCLUDE (office_id, service_type_id, sla_state, processing_minutes)
        WHERE status = 'COMPLETED';
      CREATE INDEX service_request_clock ON service_request (next_check_at) WHERE next_check_at IS NOT NULL;
      CREATE INDEX service_request_open ON service_request (due_at) WHERE status NOT IN ('COMPLETED','REJECTED');

      CREATE TABLE service_request_event (
        id bigserial PRIMARY KEY,
        request_id uuid NOT NULL REFERENCES service_request(id),
        at timestamptz NOT NULL,
        from_status text,
        to_status text NOT NULL,
        by_user uuid REFERENCES app_user(id)
      );
      CREATE INDEX service_request_event_request ON service_request_event (request_id, at);

      CREATE TABLE complaint (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        office_id uuid NOT NULL REFERENCES office(id),
        request_id uuid REFERENCES service_request(id),
        received_at timestamptz NOT NULL,
        description text NOT NULL CHECK (length(btrim(description)) BETWEEN 1 AND 2000),
        created_by uuid REFERENCES app_user(id)
      );
      CREATE INDEX complaint_received ON complaint (received_at);

      CREATE TABLE satisfaction_rating (
        request_id uuid PRIMARY KEY REFERENCES service_request(id),
        rating int NOT NULL CHECK (rating BETWEEN 1 AND 5),
        rated_at timestamptz NOT NULL
      );
      CREATE INDEX satisfaction_rated ON satisfaction_rating (rated_at);

      CREATE TABLE closed_day (
        day date PRIMARY KEY,
        reason text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 300)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE closed_day, satisfaction_rating, complaint, service_request_event, service_request, service_type, office CASCADE; DROP SEQUENCE service_request_number;`);
  }
}
