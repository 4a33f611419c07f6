import pg from "pg";
import type { EntityManager } from "typeorm";
import type { Logger } from "../logger.js";

/**
 * Change events between server instances, carried by PostgreSQL LISTEN/NOTIFY.
 * A notification holds ids only (NOTIFY payloads are limited to 8000 bytes);
 * each instance loads what it needs. pg_notify inside a transaction is delivered
 * only when that transaction commits, so subscribers never hear of a change that
 * was rolled back, and every instance sharing the database hears of every commit.
 */
export const CHANNEL = "kuvend_events";
/** Each audit event's id, announced by the database (migration AuditEpochNotify): the data's epoch. */
export const EPOCH_CHANNEL = "kuvend_epoch";

export type ChangeEvent = { topic: "session" | "serviceRequest"; id: string };

export async function notifyChange(tx: EntityManager, event: ChangeEvent): Promise<void> {
  await tx.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify(event)]);
}

type Handler = (event: ChangeEvent) => void;

/**
 * One dedicated connection per instance listening on CHANNEL. If it drops, it
 * reconnects with back-off and tells handlers to resynchronise (`onResync`),
 * since notifications sent while it was away are lost.
 */
export class EventListener {
  private client: pg.Client | null = null;
  private handlers = new Set<Handler>();
  private resyncHandlers = new Set<() => void>();
  private epochHandlers = new Set<(epoch: string) => void>();
  private lostHandlers = new Set<() => void>();
  private stopped = false;
  private retryMs = 250;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(private readonly url: string, private readonly log: Logger) {}

  on(handler: Handler): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  onResync(handler: () => void): () => void {
    this.resyncHandlers.add(handler);
    return () => this.resyncHandlers.delete(handler);
  }

  /** Each committed audit event's id, in commit order, from every instance (this one included). */
  onEpoch(handler: (epoch: string) => void): () => void {
    this.epochHandlers.add(handler);
    return () => this.epochHandlers.delete(handler);
  }

  /** The connection was lost: notifications may be missed until `onResync`. */
  onLost(handler: () => void): () => void {
    this.lostHandlers.add(handler);
    return () => this.lostHandlers.delete(handler);
  }

  /** Listening now (false from a lost connection until it is back). */
  get connected(): boolean {
    return this.client !== null;
  }

  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    // keepAlive: a connection that died silently (a NAT, a failover) is noticed and replaced.
    const client = new pg.Client({ connectionString: this.url, application_name: "kuvend-listener", keepAlive: true });
    client.on("notification", (msg) => {
      if (msg.channel === EPOCH_CHANNEL && msg.payload && /^\d+$/.test(msg.payload)) {
        for (const h of this.epochHandlers) h(msg.payload);
        return;
      }
      if (msg.channel !== CHANNEL || !msg.payload) return;
      let event: ChangeEvent;
      try {
        event = JSON.parse(msg.payload) as ChangeEvent;
      } catch {
        this.log.warn({ payload: msg.payload }, "ignoring malformed change notification");
        return;
      }
      for (const h of this.handlers) h(event);
    });
    const lost = (err?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      client.removeAllListeners();
      client.end().catch(() => {});
      for (const h of this.lostHandlers) h();
      if (this.stopped) return;
      this.log.warn({ err: err?.message }, "change listener lost its database connection; reconnecting");
      this.scheduleReconnect();
    };
    client.on("error", lost);
    client.on("end", () => lost());
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}; LISTEN ${EPOCH_CHANNEL}`);
    this.client = client;
  }

  private scheduleReconnect(): void {
    this.reconnectTimer = setTimeout(async () => {
      try {
        await this.connect();
        this.retryMs = 250;
        this.log.info("change listener reconnected");
        for (const h of this.resyncHandlers) h();
      } catch (err) {
        this.retryMs = Math.min(this.retryMs * 2, 5000);
        this.log.warn({ err: (err as Error).message }, "change listener reconnect failed");
        this.scheduleReconnect();
      }
    }, this.retryMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const c = this.client;
    this.client = null;
    if (c) {
      c.removeAllListeners();
      await c.end().catch(() => {});
    }
  }
}
