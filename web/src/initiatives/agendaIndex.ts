// Where an initiative was decided: its agenda item, named by session and
// position, found in the sessions' agendas (the initiative carries only the id).
import type { InitiativeAgendaQuery } from "../gql/graphql";

type Session = InitiativeAgendaQuery["sessions"][number];

export type AgendaPlace = { sessionId: string; sessionTitle: string; scheduledAt: string; position: number; title: string };

export function agendaIndex(sessions: readonly Session[]): Map<string, AgendaPlace> {
  const places = new Map<string, AgendaPlace>();
  for (const session of sessions) {
    for (const item of session.agenda) {
      places.set(item.id, { sessionId: session.id, sessionTitle: session.title, scheduledAt: session.scheduledAt, position: item.position, title: item.title });
    }
  }
  return places;
}

/** Sessions newest first, each agenda in order: the choices for linking an item. */
export function agendaChoices(sessions: readonly Session[]): Session[] {
  return [...sessions]
    .sort((a, b) => (a.scheduledAt < b.scheduledAt ? 1 : a.scheduledAt > b.scheduledAt ? -1 : 0))
    .map((s) => ({ ...s, agenda: [...s.agenda].sort((a, b) => a.position - b.position) }));
}
