/* eslint-disable @typescript-eslint/no-explicit-any -- IPC messages between benchmark processes are untyped JSON. */
import type { ChildProcess } from "node:child_process";

/** A forked process speaking IPC, with a queue of received messages. */
export class Child {
  private inbox: any[] = [];
  private waiters: { pred: (m: any) => boolean; resolve: (m: any) => void }[] = [];
  constructor(readonly proc: ChildProcess) {
    proc.on("message", (m) => {
      const w = this.waiters.findIndex((x) => x.pred(m));
      if (w >= 0) this.waiters.splice(w, 1)[0].resolve(m);
      else this.inbox.push(m);
    });
  }
  send(m: unknown) { this.proc.send(m as any); }
  /** The next message matching pred (already received or to come), or null after timeoutMs. */
  wait(pred: (m: any) => boolean, timeoutMs = 600_000): Promise<any | null> {
    const i = this.inbox.findIndex(pred);
    if (i >= 0) return Promise.resolve(this.inbox.splice(i, 1)[0]);
    return new Promise((resolve) => {
      const entry = { pred, resolve: (m: any) => { clearTimeout(timer); resolve(m); } };
      const timer = setTimeout(() => { this.waiters.splice(this.waiters.indexOf(entry), 1); resolve(null); }, timeoutMs);
      this.waiters.push(entry);
    });
  }
  /** Sends a command and waits for its answer. */
  ask(m: { cmd: string } & Record<string, unknown>, type: string, timeoutMs = 120_000) { this.send(m); return this.wait((x) => x.type === type, timeoutMs); }
}
