import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Body } from "../council/body.js";
import { DateTimeScalar } from "../platform/scalars.js";
import { Ballot, MajorityRule, Tally, VoteOutcome } from "../sessions/model.js";
import { DecisionKind, ReviewAuthority, ReviewStatus } from "./rules.js";

export { DecisionKind, ReviewAuthority, ReviewStatus };
registerEnumType(DecisionKind, { name: "DecisionKind", description: "What a decision is about [lloji]." });
registerEnumType(ReviewStatus, {
  name: "ReviewStatus",
  description: "The review of the act's legality by the prefect (Albania) or MAPL (Kosovo): NOT_SENT, SENT, UPHELD, RETURNED (for a second look), CONTESTED (in court), ANNULLED (by the court).",
});
registerEnumType(ReviewAuthority, { name: "ReviewAuthority", description: "PREFECT [Prefekti] in Albania, MINISTRY (MAPL) in Kosovo." });

@ObjectType({ description: "The state of the review of an act's legality, as the secretariat recorded it." })
export class DecisionReview {
  @Field(() => ReviewStatus) status: ReviewStatus;
  @Field(() => ReviewAuthority, { nullable: true, description: "Who reviews it; null while NOT_SENT." }) authority: ReviewAuthority | null;
  @Field(() => String, { nullable: true, description: "The day of the status (YYYY-MM-DD): sent, answered, ruled; null while NOT_SENT." }) on: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
}

@ObjectType({ description: "Where a search matched a decision: the text, with the matched words between U+E000 and U+E001." })
export class DecisionMatch {
  @Field(() => String, { description: "item_title, item_description, or another source of text (e.g. a package document)." }) source: string;
  @Field(() => String, { nullable: true, description: "What the text is (a document's name), when it is not the item itself." }) label: string | null;
  @Field(() => String) text: string;
}

/**
 * A decided agenda item in the register of decisions [regjistri i vendimeve]: an item whose vote closed
 * (the view decided_item), with what the secretariat recorded about it (decision_record). Its id is the agenda item's.
 */
@ObjectType()
export class Decision {
  @Field(() => ID, { description: "The agenda item's id." }) id: string;
  @Field(() => Int, { nullable: true, description: "The decision number [nr. i vendimit], per body and year; null until the secretariat registers it (never for a rejected draft)." })
  number: number | null;
  @Field(() => Int, { description: "The year of the decision (the vote's close, Tirana time)." }) year: number;
  @Field(() => DateTimeScalar, { description: "When the vote closed." }) decidedAt: Date;
  @Field(() => String, { description: "The day of the decision, YYYY-MM-DD in Tirana." }) decidedOn: string;
  @Field(() => Body) body: Body;
  @Field(() => ID) sessionId: string;
  @Field(() => String) sessionTitle: string;
  @Field(() => DateTimeScalar) sessionScheduledAt: Date;
  @Field(() => Int, { description: "The item's place on the session's agenda." }) position: number;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: "When the draft was published for public comment." }) draftPublishedAt: Date | null;
  @Field(() => DecisionKind, { nullable: true, description: "Set by the secretariat; null until then." }) kind: DecisionKind | null;
  @Field(() => VoteOutcome, { description: "The outcome of the item's last closed vote: PASSED (adopted) or FAILED." }) outcome: VoteOutcome;
  @Field(() => ID) voteId: string;
  @Field(() => MajorityRule) majority: MajorityRule;
  @Field(() => Tally, { description: "The fixed tally of that vote." }) tally: Tally;
  @Field(() => DecisionReview) review: DecisionReview;
  @Field(() => DecisionMatch, { nullable: true, description: "With a text filter: the best-matching text." }) match: DecisionMatch | null;
  @Field(() => Int, { description: "Goes up with every change the secretariat records; send it back as expectedVersion." }) version: number;
  @Field(() => [Ballot], { description: "The named ballots of the vote, by name." }) ballots: Ballot[];
}

@ObjectType()
export class DecisionPage {
  @Field(() => [Decision], { description: "Newest first." }) items: Decision[];
  @Field(() => Int, { description: "How many decisions match the filter in all." }) total: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
}
