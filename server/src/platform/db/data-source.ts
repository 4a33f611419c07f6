import "reflect-metadata";
import { DataSource, type DataSourceOptions, type Logger as TypeOrmLogger } from "typeorm";
import { CouncilSessions1764000000000 } from "./migrations/1764000000000-CouncilSessions.js";
import { DeclarationsMinutes1764100000000 } from "./migrations/1764100000000-DeclarationsMinutes.js";
import { OneStopShop1764300000000 } from "./migrations/1764300000000-OneStopShop.js";
import { InitiativesTransparency1764400000000 } from "./migrations/1764400000000-InitiativesTransparency.js";
import { AuditChain1764500000000 } from "./migrations/1764500000000-AuditChain.js";
import { LoginThrottle1764600000000 } from "./migrations/1764600000000-LoginThrottle.js";
import { AuditActorAddress1764700000000 } from "./migrations/1764700000000-AuditActorAddress.js";
import { DeclarationInForce1764800000000 } from "./migrations/1764800000000-DeclarationInForce.js";
import { Floor1764900000000 } from "./migrations/1764900000000-Floor.js";
import { AuditEpochNotify1765000000000 } from "./migrations/1765000000000-AuditEpochNotify.js";
import { CouncillorProfiles1765100000000 } from "./migrations/1765100000000-CouncillorProfiles.js";
import { DecisionRegister1765200000000 } from "./migrations/1765200000000-DecisionRegister.js";
import { MeetingPackages1765300000000 } from "./migrations/1765300000000-MeetingPackages.js";
import { Alerts1765400000000 } from "./migrations/1765400000000-Alerts.js";
import { Committees1765500000000 } from "./migrations/1765500000000-Committees.js";
import { Participation1765550000000 } from "./migrations/1765550000000-Participation.js";
import { DraftComments1765600000000 } from "./migrations/1765600000000-DraftComments.js";
import { Petitions1765700000000 } from "./migrations/1765700000000-Petitions.js";
import { DocumentRequests1765800000000 } from "./migrations/1765800000000-DocumentRequests.js";
import { ConsultationNotice1765900000000 } from "./migrations/1765900000000-ConsultationNotice.js";

// In timestamp order, one per line.
export const migrations = [
  CouncilSessions1764000000000,
  DeclarationsMinutes1764100000000,
  OneStopShop1764300000000,
  InitiativesTransparency1764400000000,
  AuditChain1764500000000,
  LoginThrottle1764600000000,
  AuditActorAddress1764700000000,
  DeclarationInForce1764800000000,
  Floor1764900000000,
  AuditEpochNotify1765000000000,
  CouncillorProfiles1765100000000,
  DecisionRegister1765200000000,
  MeetingPackages1765300000000,
  Alerts1765400000000,
  Committees1765500000000,
  Participation1765550000000,
  DraftComments1765600000000,
  Petitions1765700000000,
  DocumentRequests1765800000000,
  ConsultationNotice1765900000000,
];

/**
 * The TypeORM data source. Schema changes only through migrations: never `synchronize`.
 * The entity classes belong to the areas, so the composition root passes them in (server/src/entities.ts);
 * tools that only run SQL (the audit verifier, the test harness) need none.
 */
export function createDataSource(
  url: string,
  options: { entities?: NonNullable<DataSourceOptions["entities"]>; poolSize?: number; queryLogger?: TypeOrmLogger } = {},
): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities: options.entities ?? [],
    migrations,
    migrationsTableName: "typeorm_migrations",
    migrationsTransactionMode: "each",
    synchronize: false,
    logging: options.queryLogger ? ["query"] : false,
    logger: options.queryLogger,
    extra: { max: options.poolSize ?? 10, application_name: "kuvend" },
  });
}
