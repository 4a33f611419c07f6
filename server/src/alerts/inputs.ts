import { Field, ID, InputType } from "type-graphql";
import { z } from "zod";
import { isWellFormedId } from "../platform/errors.js";

@InputType({ description: "Follow one thing by e-mail: exactly one of councillorId, bodyId, search." })
export class AlertSubscriptionInput {
  @Field(() => String, { description: "The address the alerts go to; it is never published." }) email: string;
  @Field(() => ID, { nullable: true }) councillorId?: string | null;
  @Field(() => ID, { nullable: true, description: "The council or a committee." }) bodyId?: string | null;
  @Field(() => String, { nullable: true, description: "Words a new decision's title, description or documents must hold (diacritics do not matter)." }) search?: string | null;
}

const id = z.string().refine(isWellFormedId, "is not a valid id");
export const subscriptionSchema = z.object({
  email: z.string().trim().max(254, "must be at most 254 characters").pipe(z.email("must be an e-mail address")),
  councillorId: id.nullish(),
  bodyId: id.nullish(),
  search: z.string().trim().min(2, "must be at least 2 characters").max(200, "must be at most 200 characters")
    .refine((v) => !v.includes("\u0000"), "must not contain the NUL character").nullish(),
}).refine((v) => [v.councillorId, v.bodyId, v.search].filter((x) => x !== null && x !== undefined).length === 1, {
  message: "give exactly one of councillorId, bodyId or search", path: ["input"],
});

export const tokenSchema = z.string().trim().min(1, "must not be empty").max(200, "is not a link of this site");
