import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { AuthResolver } from "../auth/auth-resolver.js";
import { AdminResolver } from "../council/admin-resolver.js";
import { AccountCouncillorResolver, CouncilResolver } from "../council/council-resolver.js";
import { DeclarationResolver } from "../declarations/declaration-resolver.js";
import { OssResolver } from "../oss/oss-resolver.js";
import { InitiativeResolver } from "../initiatives/initiative-resolver.js";
import { DraftResolver } from "../transparency/drafts.js";
import { ScorecardResolver } from "../publishing/scorecard.js";
import { MinutesResolver } from "../minutes/minutes-resolver.js";
import { AgendaItemPackageResolver, MeetingDocumentResolver, SessionPackageResolver } from "../packages/packages-resolver.js";
import { SessionResolver } from "../sessions/session-resolver.js";
import { FloorResolver, SessionFloorResolver } from "../sessions/floor-resolver.js";
import { AuditResolver } from "../publishing/audit-resolver.js";
import { CouncillorProfileResolver } from "../council/profile-resolver.js";
import { CouncillorRecordResolver } from "../publishing/record-resolver.js";
import { DecisionResolver } from "../decisions/decisions-resolver.js";
import { DecisionDocumentsResolver } from "../publishing/decision-documents.js";
import { CommitteesResolver } from "../committees/committees-resolver.js";
import { AlertsResolver } from "../alerts/alerts-resolver.js";
import { TrackingResolver } from "../publishing/tracking.js";
import { DocumentRequestsResolver } from "../document-requests/document-requests-resolver.js";
import { PetitionsResolver } from "../petitions/petitions-resolver.js";
import { AgendaItemCommentsResolver, CommentsResolver } from "../comments/comments-resolver.js";
import { DateTimeScalar } from "../platform/scalars.js";

/** The GraphQL schema, built from the resolver classes; schema/schema.graphql is printed from it. */
export function buildKuvendSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [AuthResolver, AdminResolver, CouncilResolver, AccountCouncillorResolver, SessionResolver, FloorResolver, SessionFloorResolver, DeclarationResolver, OssResolver, InitiativeResolver, DraftResolver, ScorecardResolver, MinutesResolver, SessionPackageResolver, AgendaItemPackageResolver, MeetingDocumentResolver, AuditResolver, DecisionResolver, DecisionDocumentsResolver, CouncillorProfileResolver, CouncillorRecordResolver, CommitteesResolver, AlertsResolver, TrackingResolver, DocumentRequestsResolver, PetitionsResolver, CommentsResolver, AgendaItemCommentsResolver],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false, // inputs are checked with zod in the resolvers, with messages per field
    emitSchemaFile: false,
    // Every subscription brings its own `subscribe` (realtime/live-feed.ts, fed by PostgreSQL
    // LISTEN/NOTIFY across instances); type-graphql still asks for a pubSub, so it gets one that refuses use.
    pubSub: {
      publish() {
        throw new Error("In-process pub/sub is not used: publish through realtime/events.ts");
      },
      subscribe() {
        throw new Error("In-process pub/sub is not used: subscribe through a LiveFeed");
      },
    },
  });
}
