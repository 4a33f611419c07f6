import { User } from "./auth/user.js";
import { Body } from "./council/body.js";
import { Councillor } from "./council/councillor.js";
import { Declaration } from "./sessions/declaration.js";
import { AgendaItem, AttendanceChange, AttendanceRecord, BallotRecord, CouncilSession, Vote } from "./sessions/model.js";

/** The areas' TypeORM entities, registered with the data source by the composition root (platform/db knows no area). */
export const entities = [User, Councillor, Body, CouncilSession, AgendaItem, AttendanceRecord, AttendanceChange, Vote, BallotRecord, Declaration];
