import type { DataSource, EntityManager } from "typeorm";
import { recordAudit } from "../audit/record.js";
import { transaction } from "../db/transaction.js";
import type { Logger } from "../logger.js";
import { nextClockChange, runningState, type SlaState } from "./state.js";

/**
 * A table whose rows run against a deadline the clock acts on. The table has the columns
 * `id`, `due_at`, `at_risk_at`, `sla_state`, `next_check_at` (null: nothing left to do) and `version`;
 * the area keeps `next_check_at` right on its own writes (`nextClockChange`).
 */
export type DeadlineTrack = {
  table: string;
  /** The audit event's subject type, e.g. "service_request". */
  subjectType: string;
  /** Who hears of a changed state, in the same transaction (a live notification). */
  notify?: (tx: EntityManager, id: string) => Promise<void>;
};

/**
 * Changes of state caused by the clock alone: an item becomes AT_RISK or BREACHED at its moment even at
 * night, with nobody touching it (DOMAIN.md). One clock for every track: the server's one deadline engine.
 *
 * Every tick takes the rows whose moment has come with FOR UPDATE SKIP LOCKED, so several instances
 * ticking together never fire the same change twice, and a server that was down catches up on its first
 * tick. The change, its audit event and the live notification commit together. `now` is a parameter:
 * tests drive it.
 */
export class DeadlineClock {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  /**
   * `chores`: other housekeeping the server's one clock runs after each tick
   * (e.g. forgetting old failed logins); each decides itself how often it works.
   */
  constructor(
    private readonly ds: DataSource,
    private readonly log: Logger,
    private readonly tracks: readonly DeadlineTrack[],
    private readonly now: () => Date = () => new Date(),
    private readonly chores: ((now: Date) => Promise<unknown>)[] = [],
  ) {}

  /** Applies every state change whose moment has come; answers how many rows it looked at. */
  async tick(now: Date = this.now()): Promise<number> {
    let seen = 0;
    for (const track of this.tracks) seen += await this.tickTrack(track, now);
    return seen;
  }

  private async tickTrack(track: DeadlineTrack, now: Date): Promise<number> {
    return transaction(this.ds, async (tx) => {
      const due: { id: string; due_at: Date; at_risk_at: Date; sla_state: SlaState }[] = await tx.query(
        `SELECT id, due_at, at_risk_at, sla_state FROM ${track.table}
         WHERE next_check_at <= $1 ORDER BY next_check_at LIMIT 500 FOR UPDATE SKIP LOCKED`, [now]);
      for (const r of due) {
        const d = { dueAt: r.due_at, atRiskAt: r.at_risk_at };
        const state = runningState(now, d);
        await tx.query(`UPDATE ${track.table} SET sla_state = $2, next_check_at = $3, version = version + 1 WHERE id = $1`,
          [r.id, state, nextClockChange(state, d)]);
        if (state !== r.sla_state) {
          await recordAudit(tx, null, { action: "slaClock", subjectType: track.subjectType, subjectId: r.id, before: { slaState: r.sla_state }, after: { slaState: state, at: now } });
          await track.notify?.(tx, r.id);
        }
      }
      return due.length;
    });
  }

  /** Ticks every `intervalMs`, never overlapping itself. */
  start(intervalMs = 1000): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.tick().catch((err) => {
        this.log.error({ err }, "deadline clock tick failed");
        return 0;
      }).then(async (changed) => {
        for (const chore of this.chores) await chore(this.now()).catch((err) => this.log.error({ err }, "clock chore failed"));
        return changed;
      }).finally(() => { this.running = null; });
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
