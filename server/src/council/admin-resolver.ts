import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { authorize, requireLogin } from "../auth/policy.js";
import { verifyPassword } from "../auth/passwords.js";
import { Role, User } from "../auth/user.js";
import type { Context } from "../context.js";
import { badInput, notFound, unauthenticated } from "../platform/errors.js";
import { parseInput } from "../platform/validation.js";
import { addCouncillor, changePassword, createAccount, setCouncillorActive, setSpeakingTimes } from "./administer.js";
import { SpeakingTimes } from "./body.js";
import { Councillor } from "./councillor.js";
import { AccountInput, accountSchema, CouncillorInput, councillorSchema, passwordChangeSchema, SpeakingTimesInput, speakingTimesSchema } from "./inputs.js";

/** The ADMIN's register of councillors and accounts; any account changes its own password. */
@Resolver()
export class AdminResolver {
  @Mutation(() => Councillor, { description: "ADMIN. Adds a councillor to the register (an active term), if a seat is free." })
  async addCouncillor(@Arg("input", () => CouncillorInput) input: CouncillorInput, @Ctx() ctx: Context): Promise<Councillor> {
    const actor = authorize(ctx.actor, "council.administer");
    const props = parseInput(councillorSchema, input);
    const id = await addCouncillor(ctx.services.ds, actor, props);
    return (await ctx.loaders.councillor.load(id)) as Councillor;
  }

  @Mutation(() => Councillor, { description: "ADMIN. Ends (false) or restores (true) a councillor's term." })
  async setCouncillorActive(@Arg("councillorId", () => ID) councillorId: string, @Arg("active", () => Boolean) active: boolean, @Ctx() ctx: Context): Promise<Councillor> {
    const actor = authorize(ctx.actor, "council.administer");
    await setCouncillorActive(ctx.services.ds, actor, { councillorId, active });
    ctx.loaders.councillor.clear(councillorId);
    const c = await ctx.loaders.councillor.load(councillorId);
    if (!c) throw notFound("councillor", councillorId);
    return c;
  }

  @Mutation(() => SpeakingTimes, { description: "ADMIN. The default speaking time per kind of speech for the council (or a committee)." })
  async setSpeakingTimes(@Arg("input", () => SpeakingTimesInput) input: SpeakingTimesInput, @Ctx() ctx: Context): Promise<SpeakingTimes> {
    const actor = authorize(ctx.actor, "council.configure");
    return setSpeakingTimes(ctx.services.ds, actor, parseInput(speakingTimesSchema, input));
  }

  @Mutation(() => User, { description: "ADMIN. Creates a login account." })
  async createAccount(@Arg("input", () => AccountInput) input: AccountInput, @Ctx() ctx: Context): Promise<User> {
    const actor = authorize(ctx.actor, "account.manage");
    const props = parseInput(accountSchema, input);
    const id = await createAccount(ctx.services.ds, actor, props);
    return Object.assign(new User(), { id, username: props.username, role: props.role, councillorId: props.role === Role.COUNCILLOR ? props.councillorId : null });
  }

  @Mutation(() => Boolean, { description: "Any logged-in account changes its own password." })
  async changePassword(@Arg("currentPassword", () => String) currentPassword: string, @Arg("newPassword", () => String) newPassword: string, @Ctx() ctx: Context): Promise<boolean> {
    const actor = requireLogin(ctx.actor);
    const { next } = parseInput(passwordChangeSchema, { current: currentPassword, next: newPassword });
    const [row] = await ctx.services.ds.query("SELECT password_hash FROM app_user WHERE id = $1", [actor.userId]);
    if (!row) throw unauthenticated("This account no longer exists.");
    if (!(await verifyPassword(row.password_hash, currentPassword))) throw badInput("The current password is wrong.", { currentPassword: "wrong" });
    await changePassword(ctx.services.ds, actor, next);
    return true;
  }
}
