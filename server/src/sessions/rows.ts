import type { BodyKind } from "../council/body.js";
import type { InterestType } from "./declaration.js";
import type { SpeakerStatus, SpeechKind } from "./speaker.js";
import type {
  AgendaItemStatus, AttendanceStatus, BallotChoice, MajorityRule, SessionStatus, VoteOutcome, VoteStatus,
} from "./model.js";
import type { InitiativeKind, InitiativeStatus } from "../initiatives/model.js";

// The session read model's rows as PostgreSQL answers them (`SELECT *` of each table), one type per table.

export type CouncilSessionRow = {
  id: string; body_id: string; title: string; scheduled_at: Date; announced_at: Date; status: SessionStatus; seats: number;
  current_item_id: string | null; started_at: Date | null; closed_at: Date | null; version: number; stream_url: string | null;
};
export type BodyRow = { id: string; name: string; kind: BodyKind; seats: number };
/** A row of the view session_seat: who is seated in which session. */
export type SessionSeatRow = { session_id: string; councillor_id: string };
export type AgendaItemRow = {
  id: string; session_id: string; position: number; title: string; description: string | null; status: AgendaItemStatus;
  draft_published_at: Date | null;
};
export type DeclarationRow = {
  id: string; agenda_item_id: string; councillor_id: string; interest_type: InterestType; description: string; recused: boolean;
  filed_at: Date; filed_by: string; filed_on_behalf: boolean; supersedes_id: string | null;
};
export type VoteTableRow = {
  id: string; session_id: string; agenda_item_id: string; status: VoteStatus; majority: MajorityRule; seats: number; opened_at: Date;
  closed_at: Date | null; outcome: VoteOutcome | null; for_count: number | null; against_count: number | null; abstain_count: number | null;
  recused_count: number | null; not_voted_count: number | null;
};
export type BallotRow = { vote_id: string; councillor_id: string; choice: BallotChoice; cast_at: Date; cast_by: string | null };
export type AttendanceRow = { session_id: string; councillor_id: string; status: AttendanceStatus; changed_at: Date };
export type BallotRemovalRow = { vote_id: string; councillor_id: string; choice: BallotChoice; declaration_id: string; removed_at: Date };
/** An initiative as its agenda item shows it. */
export type ItemInitiativeRow = { id: string; title: string; kind: InitiativeKind; status: InitiativeStatus; agenda_item_id: string; lead_name: string };
export type SpeakerRow = {
  id: string; session_id: string; agenda_item_id: string; councillor_id: string; kind: SpeechKind; status: SpeakerStatus;
  requested_at: Date; requested_by: string; started_at: Date | null; ended_at: Date | null; allotted_seconds: number;
};
