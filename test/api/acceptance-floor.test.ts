/* eslint-disable @typescript-eslint/no-explicit-any -- reads untyped JSON (GraphQL answers, the minutes document). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfTextLines } from "../../server/src/minutes/pdf-text.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { actors, code, M, newSession } from "./fixtures.js";

/**
 * Issue 13's acceptance scenario ("Done when"), as the chair's office runs it:
 * 30 councillors present; on item 2 three councillors ask for the floor, one of
 * them recused and refused; a point of order jumps the queue; each speech starts
 * and ends with its time recorded; opening the vote ends the speech in progress;
 * the session closes, the minutes are published, and they list who spoke on item 2,
 * in order, as what, and for how long.
 */
const SPEAKER = "id kind status startedAt endedAt allottedSeconds spokenSeconds councillor { id fullName party }";
const REQUEST = `mutation($i: FloorRequestInput!) { requestFloor(input: $i) { ${SPEAKER} } }`;
const START = `mutation($id: ID!) { startSpeech(speakerId: $id) { ${SPEAKER} } }`;
const END = `mutation($id: ID!) { endSpeech(speakerId: $id) { ${SPEAKER} } }`;
const LIST = `query($id: ID!) { session(id: $id) { currentSpeaker { id } agenda { id speakers { ${SPEAKER} } } } }`;
const PUBLISH = "mutation($id: ID!) { publishMinutes(sessionId: $id) { minutes { jsonUrl pdfUrl sha256 } } }";

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** What a councillor reads on the display: whole seconds between the start and the end. */
const secondsBetween = (s: { startedAt: string; endedAt: string }) => Math.floor((Date.parse(s.endedAt) - Date.parse(s.startedAt)) / 1000);
const mss = (n: number) => `${Math.floor(n / 60)}:${String(n % 60).padStart(2, "0")}`;

describe("the floor on item 2, from the first request to the published minutes", () => {
  let t: TestServer;
  let a: Awaited<ReturnType<typeof actors>>;
  beforeAll(async () => {
    t = await startTestServer();
    a = await actors(t, 30);
  });
  afterAll(() => t?.stop());

  it("queues, refuses the recused, lets a point of order go first, times each speech, ends one at the vote, and prints it all in the minutes", async () => {
    const sec = a.secretariat;
    const [arben, mirela, gentian, , ilir] = a.councillors;
    const { sessionId, itemIds } = await newSession(t, sec, 3, "Mbledhja e Këshillit Bashkiak nr. 12");
    const item2 = itemIds[1];
    const speakers = async (): Promise<any[]> => (await t.gql(LIST, { id: sessionId })).data.session.agenda.find((i: any) => i.id === item2).speakers;

    // The session opens with 30 councillors present; item 2 comes up.
    await t.gql(M.start, { id: sessionId }, sec);
    const present = await t.gql("mutation($i: AttendanceBatchInput!) { recordAttendanceBatch(input: $i) { quorum { present reached } } }",
      { i: { sessionId, councillorIds: a.councillors.map((c) => c.id), status: "PRESENT" } }, sec);
    expect(present.data.recordAttendanceBatch.quorum).toEqual({ present: 30, reached: true });
    await t.gql(M.startItem, { id: item2 }, sec);

    // Ilir has declared an interest with recusal on item 2.
    const declared = await t.gql(M.declare, { i: { agendaItemId: item2, interestType: "FINANCIAL", description: "Jam ortak në firmën ofertuese.", recused: true } }, ilir.token);
    expect(declared.errors).toBeUndefined();

    // Three councillors ask for the floor: Arben from his own device, Mirela through the secretariat, Ilir (recused) is refused.
    const arbenAsks = await t.gql(REQUEST, { i: { agendaItemId: item2, kind: "CONTRIBUTION" } }, arben.token);
    expect(arbenAsks.data.requestFloor).toMatchObject({ status: "WAITING", kind: "CONTRIBUTION", allottedSeconds: 300 });
    const mirelaAsks = await t.gql(REQUEST, { i: { agendaItemId: item2, kind: "REPLY", councillorId: mirela.id } }, sec);
    expect(mirelaAsks.data.requestFloor).toMatchObject({ status: "WAITING", kind: "REPLY", allottedSeconds: 120 });
    const ilirAsks = await t.gql(REQUEST, { i: { agendaItemId: item2, kind: "CONTRIBUTION" } }, ilir.token);
    expect(code(ilirAsks)).toBe("CONFLICT");
    expect(ilirAsks.errors![0].message).toMatch(/recused/);

    // Gentian raises a point of order: it goes ahead of both.
    const gentianAsks = await t.gql(REQUEST, { i: { agendaItemId: item2, kind: "POINT_OF_ORDER" } }, gentian.token);
    expect(gentianAsks.data.requestFloor).toMatchObject({ status: "WAITING", allottedSeconds: 60 });
    expect((await speakers()).map((s) => s.councillor.id)).toEqual([gentian.id, arben.id, mirela.id]);
    const [pointOfOrder, contribution, reply] = [gentianAsks, arbenAsks, mirelaAsks].map((r) => r.data.requestFloor.id as string);

    // The point of order: started, a little over a second, ended.
    expect((await t.gql(START, { id: pointOfOrder }, sec)).data.startSpeech.status).toBe("SPEAKING");
    await pause(1_100);
    const gentianSpoke = (await t.gql(END, { id: pointOfOrder }, sec)).data.endSpeech;
    expect(gentianSpoke.status).toBe("DONE");
    expect(gentianSpoke.spokenSeconds).toBeGreaterThanOrEqual(1);
    expect(gentianSpoke.spokenSeconds).toBe(secondsBetween(gentianSpoke));

    // Arben speaks; starting Mirela's reply ends his contribution.
    expect((await t.gql(START, { id: contribution }, sec)).data.startSpeech.status).toBe("SPEAKING");
    await pause(1_100);
    expect((await t.gql(START, { id: reply }, sec)).data.startSpeech.status).toBe("SPEAKING");
    const arbenSpoke = (await speakers()).find((s) => s.id === contribution);
    expect(arbenSpoke).toMatchObject({ status: "DONE" });
    expect(arbenSpoke.spokenSeconds).toBeGreaterThanOrEqual(1);
    expect(arbenSpoke.spokenSeconds).toBe(secondsBetween(arbenSpoke));

    // The vote opens while Mirela is speaking: her speech ends.
    const vote = (await t.gql(M.openVote, { i: { agendaItemId: item2, majority: "SIMPLE" } }, sec)).data.openVote;
    const afterVote = await t.gql(LIST, { id: sessionId });
    expect(afterVote.data.session.currentSpeaker).toBeNull();
    const mirelaSpoke = (await speakers()).find((s) => s.id === reply);
    expect(mirelaSpoke.status).toBe("DONE");
    expect(Date.parse(mirelaSpoke.endedAt)).toBeGreaterThanOrEqual(Date.parse(mirelaSpoke.startedAt));
    expect(mirelaSpoke.spokenSeconds).toBe(secondsBetween(mirelaSpoke));
    for (const c of a.councillors.slice(0, 20)) {
      if (c.id === ilir.id) continue;
      expect((await t.gql(M.ballot, { i: { voteId: vote.id, choice: "FOR" } }, c.token)).errors).toBeUndefined();
    }
    expect((await t.gql(M.closeVote, { id: vote.id }, sec)).data.closeVote.outcome).toBe("PASSED");

    // Close the session and publish the minutes.
    expect((await t.gql(M.close, { id: sessionId }, sec)).data.closeSession.status).toBe("CLOSED");
    const published = await t.gql(PUBLISH, { id: sessionId }, sec);
    expect(published.errors).toBeUndefined();
    const { jsonUrl, pdfUrl } = published.data.publishMinutes.minutes;

    // The minutes JSON lists who spoke on item 2, in the order they spoke, with the kind, the time spoken and the limit.
    const doc = await (await fetch(`${t.url}${jsonUrl}`)).json();
    const minutesItem = doc.agenda.find((i: any) => i.id === item2);
    const spoke = [gentianSpoke, arbenSpoke, mirelaSpoke];
    expect(minutesItem.speakers).toEqual(spoke.map((s) => ({
      id: s.id, councillorId: s.councillor.id, councillorName: s.councillor.fullName, party: s.councillor.party,
      kind: s.kind, startedAt: s.startedAt, endedAt: s.endedAt, spokenSeconds: s.spokenSeconds, allottedSeconds: s.allottedSeconds,
    })));
    expect(minutesItem.speakers.map((s: any) => s.kind)).toEqual(["POINT_OF_ORDER", "CONTRIBUTION", "REPLY"]);
    expect(minutesItem.speakers.map((s: any) => s.councillorId)).not.toContain(ilir.id);
    for (const other of doc.agenda.filter((i: any) => i.id !== item2)) expect(other.speakers).toEqual([]);

    // The PDF says the same, in Albanian, in the same order.
    const text = pdfTextLines(Buffer.from(await (await fetch(`${t.url}${pdfUrl}`)).arrayBuffer())).join(" ").replace(/\s+/g, " ");
    const kind: Record<string, string> = { POINT_OF_ORDER: "çështje procedurale", CONTRIBUTION: "diskutim", REPLY: "replikë" };
    const lines = spoke.map((s, k) => {
      const who = s.councillor.party ? `${s.councillor.fullName} (${s.councillor.party})` : s.councillor.fullName;
      return [`${k + 1}. ${who}: ${kind[s.kind]}, ora `, `foli ${mss(s.spokenSeconds)} nga ${mss(s.allottedSeconds)} të lejuara.`];
    });
    const at = lines.map(([who]) => text.indexOf(who));
    for (const [k, [who, time]] of lines.entries()) {
      expect(at[k], who).toBeGreaterThanOrEqual(0);
      expect(text.indexOf(time, at[k]), time).toBeGreaterThan(at[k]);
    }
    expect(at).toEqual([...at].sort((x, y) => x - y));
    expect(text).toContain("foli 0:0"); // short speeches, printed as m:ss
    expect(text.indexOf("Fjala (sipas radhës)")).toBeGreaterThan(text.indexOf("Pika 2: Pika 2"));
  });
});
