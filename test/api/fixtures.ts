import type { TestServer } from "../support/server.js";

export const SESSION_FIELDS = `
  id title status seats scheduledAt lateNotice
  currentItem { id position }
  quorum { seats present required reached }
  attendance { councillor { id fullName } status changedAt }
  agenda {
    id position title status
    declarations { id councillor { id fullName } interestType description recused filedOnBehalf }
    votes { id status majority outcome tally { for against abstain recused notVoted } ballots { councillor { id } choice } }
  }`;

export type Session = {
  id: string; title: string; status: string; seats: number; lateNotice: boolean;
  currentItem: { id: string; position: number } | null;
  quorum: { seats: number; present: number; required: number; reached: boolean };
  attendance: { councillor: { id: string; fullName: string }; status: string; changedAt: string | null }[];
  agenda: {
    id: string; position: number; title: string; status: string;
    declarations: { id: string; councillor: { id: string; fullName: string }; interestType: string; description: string; recused: boolean; filedOnBehalf: boolean }[];
    votes: Vote[];
  }[];
};
export type Vote = {
  id: string; status: string; majority: string; outcome: string | null;
  tally: { for: number; against: number; abstain: number; recused: number; notVoted: number };
  ballots: { councillor: { id: string }; choice: string }[];
};

export const VOTE_FIELDS = "id status majority outcome tally { for against abstain recused notVoted } ballots { councillor { id } choice }";

/** Logs in the secretariat and councillors kd01..kdNN, and maps each councillor account to its councillor id. */
export async function actors(t: TestServer, councillorCount = 51) {
  const secretariat = await t.login("sekretaria");
  const councillors: { username: string; token: string; id: string }[] = [];
  for (let i = 1; i <= councillorCount; i++) {
    const username = `kd${String(i).padStart(2, "0")}`;
    const token = await t.login(username);
    const me = await t.gql<{ me: { councillor: { id: string } } }>("{ me { councillor { id } } }", {}, token);
    councillors.push({ username, token, id: me.data!.me.councillor.id });
  }
  return { secretariat, councillors };
}

/** Creates a session with `items` agenda items through the API, as the secretariat. */
export async function newSession(t: TestServer, token: string, items = 3, title = "Mbledhje prove") {
  const created = await t.gql<{ createSession: { id: string } }>(
    "mutation($i: CreateSessionInput!) { createSession(input: $i) { id } }",
    { i: { title, scheduledAt: new Date(Date.now() + 8 * 86400_000).toISOString() } }, token,
  );
  const sessionId = created.data!.createSession.id;
  const itemIds: string[] = [];
  for (let p = 1; p <= items; p++) {
    const r = await t.gql<{ addAgendaItem: { id: string } }>(
      "mutation($i: AgendaItemInput!) { addAgendaItem(input: $i) { id } }", { i: { sessionId, title: `Pika ${p}` } }, token);
    itemIds.push(r.data!.addAgendaItem.id);
  }
  return { sessionId, itemIds };
}

export const M = {
  start: "mutation($id: ID!) { startSession(sessionId: $id) { id status } }",
  suspend: "mutation($id: ID!) { suspendSession(sessionId: $id) { id status } }",
  resume: "mutation($id: ID!) { resumeSession(sessionId: $id) { id status } }",
  close: "mutation($id: ID!) { closeSession(sessionId: $id) { id status currentItem { id } agenda { status } } }",
  attend: "mutation($i: AttendanceInput!) { recordAttendance(input: $i) { id quorum { present required reached } } }",
  startItem: "mutation($id: ID!) { startAgendaItem(agendaItemId: $id) { id currentItem { id } agenda { id status } } }",
  openVote: `mutation($i: OpenVoteInput!) { openVote(input: $i) { ${VOTE_FIELDS} } }`,
  ballot: `mutation($i: BallotInput!) { castBallot(input: $i) { ${VOTE_FIELDS} } }`,
  closeVote: `mutation($id: ID!) { closeVote(voteId: $id) { ${VOTE_FIELDS} } }`,
  declare: "mutation($i: DeclarationInput!) { fileDeclaration(input: $i) { id councillor { id } interestType description recused filedOnBehalf filedAt } }",
  addItem: "mutation($i: AgendaItemInput!) { addAgendaItem(input: $i) { id position title status declarations { id } votes { id } } }",
  create: "mutation($i: CreateSessionInput!) { createSession(input: $i) { id title status seats lateNotice scheduledAt agenda { id } quorum { required } } }",
};

export const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
