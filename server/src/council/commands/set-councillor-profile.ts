import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { changed, unchanged } from "../../platform/command.js";
import { councillorCommand } from "../command.js";

export type CouncillorProfileProps = {
  councillorId: string; expectedVersion: number | null;
  party: string | null; termStart: string | null; termEnd: string | null; cv: string | null;
  email: string | null; emailPublished: boolean; phone: string | null; phonePublished: boolean;
};

/**
 * Sets a councillor's public profile: party, term dates, short CV and contact details, each
 * contact with the councillor's choice to publish it or not (an unpublished one is kept for
 * the secretariat and never shown to the public). Whether the term is running now (`active`,
 * which the seats count) stays the ADMIN's register (setCouncillorActive).
 */
export async function setCouncillorProfile(ds: DataSource, actor: Actor, props: CouncillorProfileProps): Promise<string> {
  return councillorCommand(ds, actor, props, async (tx, c) => {
    const before = {
      party: c.party, termStart: c.term_start, termEnd: c.term_end, cv: c.cv,
      email: c.email, emailPublished: c.email_published, phone: c.phone, phonePublished: c.phone_published,
    };
    const after = {
      party: props.party, termStart: props.termStart, termEnd: props.termEnd, cv: props.cv,
      email: props.email, emailPublished: props.emailPublished, phone: props.phone, phonePublished: props.phonePublished,
    };
    if (JSON.stringify(before) === JSON.stringify(after)) return unchanged(c.id);
    await tx.query(
      `UPDATE councillor SET party = $2, term_start = $3, term_end = $4, cv = $5, email = $6, email_published = $7, phone = $8, phone_published = $9
       WHERE id = $1`,
      [c.id, props.party, props.termStart, props.termEnd, props.cv, props.email, props.emailPublished, props.phone, props.phonePublished],
    );
    return changed(c.id, { action: "setCouncillorProfile", subjectType: "councillor", subjectId: c.id, before, after });
  });
}
