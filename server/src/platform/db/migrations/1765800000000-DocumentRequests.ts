import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Requests for access to public documents [kërkesa për qasje në dokumente publike] (issue 16 point 3; Kaçanik
 * plan: a decision within 7 days of receipt, extendable to 15 when the document is held elsewhere or many
 * documents are asked for; a refusal gives its reasons and names the requester's further right).
 * One row per request: its public record (what was asked, channel, lifecycle moments, the extension and its
 * reason, the outcome) and, never public, the requester's identity and contacts, which the retention task
 * erases (`personal_data_erased_at`). The row is a track of the one deadline clock (id, due_at, at_risk_at,
 * sla_state, next_check_at, version): the clock moves sla_state ON_TRACK → AT_RISK → BREACHED; closing sets
 * MET or MISSED and next_check_at null.
 */
export class DocumentRequests1765800000000 implements MigrationInterface {
  name = "DocumentRequests1765800000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE document_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        requester_name text CHECK (length(requester_name) <= 200),
        requester_email text CHECK (length(requester_email) <= 254),
        requester_phone text CHECK (length(requester_phone) <= 40),
        requester_address text CHECK (length(requester_address) <= 300),
        documents text NOT NULL CHECK (length(btrim(documents)) BETWEEN 1 AND 4000),
        documents_withheld boolean NOT NULL DEFAULT false,
        channel text NOT NULL CHECK (channel IN ('ONLINE','COUNTER')),
        status text NOT NULL DEFAULT 'RECEIVED' CHECK (status IN ('RECEIVED','IN_PROGRESS','CLOSED')),
        received_at timestamptz NOT NULL,
        started_at timestamptz,
        extended_at timestamptz,
        extension_reason text CHECK (extension_reason IN ('HELD_ELSEWHERE','MANY_DOCUMENTS')),
        extension_note text CHECK (length(extension_note) <= 1000),
        closed_at timestamptz,
        outcome text CHECK (outcome IN ('GRANTED','PARTLY_GRANTED','REFUSED','TRANSFERRED')),
        answer_note text CHECK (length(answer_note) <= 2000),
        refusal_reason text CHECK (length(btrim(refusal_reason)) BETWEEN 1 AND 2000),
        appeal_notice text CHECK (length(btrim(appeal_notice)) BETWEEN 1 AND 2000),
        transferred_to text CHECK (length(btrim(transferred_to)) BETWEEN 1 AND 300),
        due_at timestamptz NOT NULL,
        at_risk_at timestamptz NOT NULL,
        sla_state text NOT NULL CHECK (sla_state IN ('ON_TRACK','AT_RISK','BREACHED','MET','MISSED')),
        next_check_at timestamptz,
        personal_data_erased_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT document_request_due CHECK (due_at > received_at AND at_risk_at <= due_at),
        CONSTRAINT document_request_started CHECK ((status = 'RECEIVED') = (started_at IS NULL)),
        CONSTRAINT document_request_extended CHECK ((extended_at IS NULL) = (extension_reason IS NULL)),
        CONSTRAINT document_request_closed CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL AND outcome IS NOT NULL)),
        CONSTRAINT document_request_closed_state CHECK ((status = 'CLOSED') = (sla_state IN ('MET','MISSED'))),
        CONSTRAINT document_request_closed_clock CHECK (status <> 'CLOSED' OR next_check_at IS NULL),
        CONSTRAINT document_request_refused CHECK ((coalesce(outcome, '') = 'REFUSED') = (refusal_reason IS NOT NULL AND appeal_notice IS NOT NULL)),
        CONSTRAINT document_request_transferred CHECK ((coalesce(outcome, '') = 'TRANSFERRED') = (transferred_to IS NOT NULL)),
        CONSTRAINT document_request_identity CHECK (personal_data_erased_at IS NOT NULL OR requester_name IS NOT NULL)
      );
      CREATE INDEX document_request_received ON document_request (received_at);
      CREATE INDEX document_request_clock ON document_request (next_check_at) WHERE next_check_at IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TABLE document_request;");
  }
}
