import { User } from "./auth/user.js";
import { Body } from "./council/body.js";
import { CommitteeMembership, CommitteeOpinion } from "./committees/model.js";
import { Councillor } from "./council/councillor.js";
import { Consultation, Initiative } from "./initiatives/model.js";
import { Office, ServiceRequest, ServiceType } from "./oss/model.js";
import { Petition } from "./petitions/model.js";
import { DocumentFile, DocumentVersion, MeetingDocument } from "./packages/model.js";
import { Declaration } from "./sessions/declaration.js";
import { Speaker } from "./sessions/speaker.js";
import { AgendaItem, AttendanceChange, AttendanceRecord, BallotRecord, CouncilSession, Vote } from "./sessions/model.js";

/**
 * Every table's TypeORM entity, registered with the data source by the composition root (platform/db knows no area).
 * The metadata is checked, not decoration: platform/db/entities-match-migrations.test.ts asserts that TypeORM's
 * schema builder finds no difference between these classes and the migrated database.
 */
export const entities = [
  User, Councillor, Body, CouncilSession, AgendaItem, AttendanceRecord, AttendanceChange, Vote, BallotRecord, Declaration, Speaker,
  Office, ServiceType, ServiceRequest, Initiative, Consultation, MeetingDocument, DocumentVersion, DocumentFile, CommitteeMembership, CommitteeOpinion,
  Petition,
];
