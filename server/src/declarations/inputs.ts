import { Field, ID, InputType } from "type-graphql";
import { z } from "zod";
import { text } from "../platform/validation.js";
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
