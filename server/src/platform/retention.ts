import type { DataSource, EntityManager } from "typeorm";
import { recordAudit } from "./audit/record.js";
import { transaction } from "./db/transaction.js";
import type { Logger } from "./logger.js";

/**
 * Personal data of citizens' filings is kept only as long as the municipality sets (issue 16 point 7:
 * PERSONAL_DATA_RETENTION_DAYS, default two years). Each area that holds some names a task that erases it
 * from filings closed (answered, rejected, moderated…) before the cutoff, keeping the public record (the
 * filing, its status and dates, the published text) with the person's details blanked or deleted.
 * The server's clock runs the tasks at most once an hour; each task's run, when it erased anything, is one
 * audit event with the count (no personal data in it).
 */
export type RetentionTask = {
  /** e.g. "draft_comment" */
  name: string;
  /** Erases the personal data of filings closed before `cutoff`; answers how many filings it touched. */
  purge: (tx: EntityManager, cutoff: Date) => Promise<number>;
};

export class PersonalDataRetention {
  private lastRun = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly log: Logger,
    private readonly tasks: readonly RetentionTask[],
    private readonly days: number,
  ) {}

  cutoff(now: Date): Date {
    return new Date(now.getTime() - this.days * 24 * 3600_000);
  }

  /** Runs every task now, whatever the hour (tests, and the clock's chore through `chore`). */
  async run(now: Date): Promise<Record<string, number>> {
    const cutoff = this.cutoff(now);
    const erased: Record<string, number> = {};
    for (const task of this.tasks) {
      erased[task.name] = await transaction(this.ds, async (tx) => {
        const n = await task.purge(tx, cutoff);
        if (n > 0) await recordAudit(tx, null, { action: "erasePersonalData", subjectType: task.name, subjectId: null, after: { filings: n, closedBefore: cutoff, retentionDays: this.days } });
        return n;
      });
    }
    const total = Object.values(erased).reduce((a, b) => a + b, 0);
    if (total > 0) this.log.info({ erased, cutoff }, "personal data past its retention period erased");
    return erased;
  }

  /** At most once an hour, from the server's clock. */
  async chore(now: Date): Promise<void> {
    if (now.getTime() - this.lastRun < 3600_000) return;
    this.lastRun = now.getTime();
    await this.run(now);
  }
}
