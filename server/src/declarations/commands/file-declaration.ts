import type { DataSource } from "typeorm";
import { declarationRecord, type RecordJson } from "../../platform/audit/chain.js";
import type { AuditEntry } from "../../platform/audit/record.js";
import type { Actor } from "../../auth/tokens.js";
import { changed } from "../../platform/command.js";
import { conflict } from "../../platform/errors.js";
import { sessionCommand } from "../../sessions/command.js";
import { findCouncillor, leaveTheFloor, openVoteOf, requireNotClosed, seatedMembers } from "../../sessions/commands/common.js";
import { AgendaItemStatus } from "../../sessions/model.js";
import type { InterestType } from "../../sessions/declaration.js";

export type FileDeclarationProps = {
  agendaItemId: string; councillorId: string; onBehalf: boolean; interestType: InterestType; description: string; recused: boolean;
};

/**
 * Files an ad-hoc declaration of interest on an agenda item (Elbasan plan, OS-1
 * pillar 2, action 28), by the councillor or by the secretariat on their behalf.
 * Allowed before or during the session, up to the moment the item's vote closes.
 * A later declaration supersedes the councillor's earlier one on the same item;
 * both stay. A recusal filed while the item's vote is open removes the
 * councillor's ballot, if any, in the same transaction (and its own audit event),
 * and takes them off the item's speakers list (a waiting request is withdrawn, a
 * speech in progress ends).
 */
export async function fileDeclaration(
  ds: DataSource, actor: Actor, props: FileDeclarationProps,
): Promise<{ sessionId: string; declarationId: string; ballotRemoved: boolean }> {
  return sessionCommand(ds, actor, { agendaItemId: props.agendaItemId }, async (tx, { session, item }) => {
    requireNotClosed(session, "file a declaration");
    const councillor = await findCouncillor(tx, props.councillorId);
    (await seatedMembers(tx, session))(councillor);
    const openVote = await openVoteOf(tx, session.id);
    const voteOpenOnItem = openVote?.agenda_item_id === item.id;
    if (!voteOpenOnItem && (item.status === AgendaItemStatus.DECIDED || item.status === AgendaItemStatus.WITHDRAWN)) {
      throw conflict(`Item ${item.position} "${item.title}" is ${item.status}: declarations are filed up to the moment its vote closes.`);
    }
    const earlier: { id: string }[] = await tx.query(
      "SELECT id FROM declaration_in_force WHERE agenda_item_id = $1 AND councillor_id = $2",
      [item.id, councillor.id],
    );
    const [{ id }] = await tx.query(
      `INSERT INTO declaration (agenda_item_id, councillor_id, interest_type, description, recused, filed_by, filed_on_behalf, supersedes_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [item.id, councillor.id, props.interestType, props.description, props.recused, actor.userId, props.onBehalf, earlier[0]?.id ?? null],
    );
    let removed: { voteId: string; ballot: RecordJson; removal: RecordJson } | null = null;
    if (props.recused && voteOpenOnItem && openVote) {
      const ballot: { choice: string; record: RecordJson }[] = await tx.query(
        "SELECT choice, ballot_record(b) AS record FROM ballot b WHERE vote_id = $1 AND councillor_id = $2", [openVote.id, councillor.id]);
      if (ballot.length > 0) {
        // The removal itself is public record: the vote shows whose ballot the recusal took out.
        const [removal]: { record: RecordJson }[] = await tx.query(
          `INSERT INTO ballot_removal (vote_id, councillor_id, choice, declaration_id) VALUES ($1, $2, $3, $4)
           RETURNING ballot_removal_record(ballot_removal) AS record`,
          [openVote.id, councillor.id, ballot[0].choice, id]);
        await tx.query("DELETE FROM ballot WHERE vote_id = $1 AND councillor_id = $2", [openVote.id, councillor.id]);
        removed = { voteId: openVote.id, ballot: ballot[0].record, removal: removal.record };
      }
    }
    // The events carry the records as written, so the chain covers them and verification compares the tables with them.
    const events: AuditEntry[] = [{
      action: "fileDeclaration", subjectType: "declaration", subjectId: id, sessionId: session.id,
      before: earlier[0] ? { supersedes: earlier[0].id } : null,
      after: {
        agendaItemId: item.id, councillorId: councillor.id, interestType: props.interestType, recused: props.recused, onBehalf: props.onBehalf,
        ballotRemoved: removed !== null, declaration: await declarationRecord(tx, id),
      },
    }];
    if (removed) {
      events.push({
        action: "removeBallot", subjectType: "ballot", subjectId: `${removed.voteId}/${councillor.id}`, sessionId: session.id,
        before: { ballot: removed.ballot }, after: { ballot: null, removal: removed.removal, declarationId: id },
      });
    }
    // A recusal also takes the councillor off this item's speakers list.
    if (props.recused) events.push(...(await leaveTheFloor(tx, session.id, item.id, councillor.id)));
    return changed({ sessionId: session.id, declarationId: id as string, ballotRemoved: removed !== null }, ...events);
  });
}
