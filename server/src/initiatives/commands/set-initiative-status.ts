import type { DataSource, EntityManager } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { type Aggregate, aggregateCommand, changed } from "../../platform/command.js";
import { conflict, isWellFormedId, notFound } from "../../platform/errors.js";
import { bumpVersion, lockSession, type SessionRow } from "../../sessions/commands/common.js";
import type { InitiativeStatus } from "../model.js";
import { canMoveInitiative } from "../rules.js";

export type SetInitiativeStatusProps = { id: string; status: InitiativeStatus; agendaItemId: string | null };

type InitiativeRow = { id: string; status: InitiativeStatus; agenda_item_id: string | null; version: number };
type Locked = { initiative: InitiativeRow; sessionId: string | null; sessions: SessionRow[] };

/**
 * The initiative and every session that shows it: the session of the item it is
 * linked to now and of the item it will be linked to (an item shows its
 * initiatives, so both sessions change). The initiative row is locked first, then
 * the sessions in id order; no command locks them the other way round.
 */
function initiativeAggregate(props: SetInitiativeStatusProps): Aggregate<Locked> {
  return {
    async lock(tx: EntityManager) {
      if (!isWellFormedId(props.id)) throw notFound("initiative", props.id);
      const [initiative]: InitiativeRow[] = await tx.query("SELECT * FROM initiative WHERE id = $1 FOR UPDATE", [props.id]);
      if (!initiative) throw notFound("initiative", props.id);
      if (initiative.status !== props.status && !canMoveInitiative(initiative.status, props.status)) {
        throw conflict(`An initiative that is ${initiative.status} cannot become ${props.status}.`);
      }
      let sessionId: string | null = null;
      if (props.agendaItemId) {
        if (!isWellFormedId(props.agendaItemId)) throw notFound("agenda item", props.agendaItemId);
        const [item]: { session_id: string }[] = await tx.query("SELECT session_id FROM agenda_item WHERE id = $1", [props.agendaItemId]);
        if (!item) throw notFound("agenda item", props.agendaItemId);
        sessionId = item.session_id;
      }
      const earlier: { session_id: string }[] = initiative.agenda_item_id
        ? await tx.query("SELECT session_id FROM agenda_item WHERE id = $1", [initiative.agenda_item_id]) : [];
      const ids = [...new Set([sessionId, earlier[0]?.session_id].filter((s): s is string => !!s))].sort();
      const sessions: SessionRow[] = [];
      for (const id of ids) sessions.push(await lockSession(tx, id));
      return { initiative, sessionId, sessions };
    },
    version: ({ initiative }) => initiative.version,
    stale: "This initiative was changed by someone else since you loaded it: reload and try again.",
    async bump(tx, { initiative, sessions }) {
      await tx.query("UPDATE initiative SET version = version + 1 WHERE id = $1", [initiative.id]);
      for (const s of sessions) await bumpVersion(tx, s.id);
    },
    notify: ({ sessions }) => sessions.map((s) => ({ topic: "session" as const, id: s.id })),
  };
}

/**
 * Moves an initiative along its lifecycle, optionally linking the agenda item
 * where it is (or was) decided; the item then shows the initiative. The
 * initiative's version and that of each session showing it go up by one.
 */
export async function setInitiativeStatus(ds: DataSource, actor: Actor, props: SetInitiativeStatusProps): Promise<string> {
  return aggregateCommand(ds, actor, initiativeAggregate(props), async (tx, { initiative, sessionId }) => {
    await tx.query("UPDATE initiative SET status = $2, agenda_item_id = COALESCE($3, agenda_item_id) WHERE id = $1",
      [initiative.id, props.status, props.agendaItemId]);
    return changed(initiative.id, {
      action: "setInitiativeStatus", subjectType: "initiative", subjectId: initiative.id, sessionId,
      before: { status: initiative.status, agendaItemId: initiative.agenda_item_id },
      after: { status: props.status, agendaItemId: props.agendaItemId ?? initiative.agenda_item_id },
    });
  });
}
