import type { DataSource } from "typeorm";
import { recordAudit } from "../platform/audit/record.js";
import { transaction } from "../platform/db/transaction.js";
import type { Logger } from "../platform/logger.js";
import { notifyChange } from "../platform/realtime/events.js";
import { nextClockChange, runningState } from "./sla.js";

/**
 * Changes of SLA state caused by the clock alone: a request becomes AT_RISK or
 * BREACHED at its moment even at night, with nobody touching it (DOMAIN.md).
 *
 * Each request stores when its state next changes (next_check_at). Every tick
 * takes the ones whose moment has come with FOR UPDATE SKIP LOCKED, so several
 * instances ticking together never fire the same change twice, and a server
 * that was down catches up on its first tick. The change, its audit event and
 * the live notification commit together. `now` is a parameter: tests drive it.
 */
export class SlaClock {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  /**
   * `chores`: other housekeeping the server's one clock runs after each tick
   * (e.g. forgetting old failed logins); each decides itself how often it works.
   */
  constructor(
    private readonly ds: DataSource,
    private readonly log: Logger,
    private readonly now: () => Date = () => new Date(),
    private readonly chores: ((now: Date) => Promise<unknown>)[] = [],
  ) {}

  async tick(now: Date = this.now()): Promise<number> {
    return transaction(this.ds, async (tx) => {
      const due: { id: string; due_at: Date; at_risk_at: Date; sla_state: string }[] = await tx.query(
        `SELECT id, due_at, at_risk_at, sla_state FROM service_request
         WHERE next_check_at <= $1 ORDER BY next_check_at LIMIT 500 FOR UPDATE SKIP LOCKED`, [now]);
      for (const r of due) {
        const d = { dueAt: r.due_at, atRiskAt: r.at_risk_at };
        const state = runningState(now, d);
        await tx.query("UPDATE service_request SET sla_state = $2, next_check_at = $3, version = version + 1 WHERE id = $1",
          [r.id, state, nextClockChange(state, d)]);
        if (state !== r.sla_state) {
          await recordAudit(tx, null, { action: "slaClock", subjectType: "service_request", subjectId: r.id, before: { slaState: r.sla_state }, after: { slaState: state, at: now } });
          await notifyChange(tx, { topic: "serviceRequest", id: r.id });
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
        this.log.error({ err }, "SLA clock tick failed");
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
