import "reflect-metadata";
import { DataSource, type Logger as TypeOrmLogger } from "typeorm";
import { User } from "../auth/user.js";
import { Body } from "../council/body.js";
import { Councillor } from "../council/councillor.js";
import { Declaration } from "../declarations/declaration.js";
import { AgendaItem, AttendanceChange, AttendanceRecord, BallotRecord, CouncilSession, Vote } from "../sessions/model.js";
import { CouncilSessions1764000000000 } from "./migrations/1764000000000-CouncilSessions.js";
import { DeclarationsMinutes1764100000000 } from "./migrations/1764100000000-DeclarationsMinutes.js";
import { OneStopShop1764300000000 } from "./migrations/1764300000000-OneStopShop.js";
import { InitiativesTransparency1764400000000 } from "./migrations/1764400000000-InitiativesTransparency.js";
import { AuditChain1764500000000 } from "./migrations/1764500000000-AuditChain.js";
import { LoginThrottle1764600000000 } from "./migrations/1764600000000-LoginThrottle.js";
import { AuditActorAddress1764700000000 } from "./migrations/1764700000000-AuditActorAddress.js";

export const entities = [User, Councillor, Body, CouncilSession, AgendaItem, AttendanceRecord, AttendanceChange, Vote, BallotRecord, Declaration];
export const migrations = [CouncilSessions1764000000000, DeclarationsMinutes1764100000000, OneStopShop1764300000000, InitiativesTransparency1764400000000, AuditChain1764500000000, LoginThrottle1764600000000, AuditActorAddress1764700000000];

/** The TypeORM data source. Schema changes only through migrations: never `synchronize`. */
export function createDataSource(url: string, options: { poolSize?: number; queryLogger?: TypeOrmLogger } = {}): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities,
    migrations,
    migrationsTableName: "typeorm_migrations",
    migrationsTransactionMode: "each",
    synchronize: false,
    logging: options.queryLogger ? ["query"] : false,
    logger: options.queryLogger,
    extra: { max: options.poolSize ?? 10, application_name: "kuvend" },
  });
}
