import { Field, ObjectType, registerEnumType } from "type-graphql";

export enum AlertTargetKind {
  COUNCILLOR = "COUNCILLOR",
  BODY = "BODY",
  SEARCH = "SEARCH",
}
registerEnumType(AlertTargetKind, { name: "AlertTargetKind", description: "What an e-mail alert follows: a councillor, a body (the council or a committee), or a search." });

/**
 * A subscription as its own links show it: what it follows and where it stands. Never the address:
 * no public answer holds one (docs/decisions.md, "Feeds, calendar and alerts").
 */
@ObjectType({ description: "An e-mail alert subscription, as its confirmation or unsubscribe link shows it (never the address)." })
export class AlertSubscriptionState {
  @Field(() => AlertTargetKind) targetKind: AlertTargetKind;
  @Field(() => String, { description: "The councillor's or body's name, or the search's words." }) targetLabel: string;
  @Field(() => Boolean) confirmed: boolean;
  @Field(() => Boolean) unsubscribed: boolean;
}
