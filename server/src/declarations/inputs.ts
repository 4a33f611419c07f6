import { Field, ID, InputType } from "type-graphql";
import { z } from "zod";
import { DateTimeScalar } from "../platform/scalars.js";
import { pageSchema as platformPageSchema, text } from "../platform/validation.js";
import { InterestType } from "../sessions/declaration.js";

@InputType()
export class DeclarationInput {
  @Field(() => ID) agendaItemId: string;
  @Field(() => ID, { nullable: true, description: "Required for SECRETARIAT; a COUNCILLOR files only for themself." })
  councillorId?: string | null;
  @Field(() => InterestType) interestType: InterestType;
  @Field(() => String) description: string;
  @Field(() => Boolean) recused: boolean;
}
export const MAX_DECLARATION_LENGTH = 2000;
export const declarationSchema = z.object({
  agendaItemId: z.string(),
  councillorId: z.string().nullish(),
  interestType: z.enum(InterestType),
  description: text(MAX_DECLARATION_LENGTH),
  recused: z.boolean(),
});

@InputType({ description: "All conditions must hold; omit one to not filter on it." })
export class DeclarationFilter {
  @Field(() => ID, { nullable: true }) councillorId?: string | null;
  @Field(() => ID, { nullable: true }) sessionId?: string | null;
  @Field(() => InterestType, { nullable: true }) interestType?: InterestType | null;
  @Field(() => Boolean, { nullable: true }) recused?: boolean | null;
  @Field(() => DateTimeScalar, { nullable: true, description: "Filed at or after this moment." }) from?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: "Filed before this moment." }) to?: Date | null;
}

export const MAX_PAGE = 100;
export const pageSchema = platformPageSchema(MAX_PAGE);
