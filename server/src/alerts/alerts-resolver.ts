import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { parseInput } from "../platform/validation.js";
import { AlertSubscriptionInput, subscriptionSchema, tokenSchema } from "./inputs.js";
import { AlertSubscriptionState } from "./model.js";

/**
 * E-mail alerts. The one write the public makes: anyone may ask for alerts for an address, and only the
 * holder of that mailbox can start them (double opt-in) or end them (the signed links), so no role is
 * needed (auth/policy.ts governs the accounts' writes). No answer ever holds an address.
 */
@Resolver()
export class AlertsResolver {
  @Query(() => Boolean, { description: "Whether e-mail alerts are offered here (an SMTP server is configured); the feeds exist either way." })
  alertsEnabled(@Ctx() ctx: Context): boolean {
    return ctx.services.alerts.enabled;
  }

  @Mutation(() => Boolean, {
    description: "Anyone: ask for e-mail alerts about a councillor, a body or a search. A confirmation e-mail follows; nothing else is sent until its link is opened. Always true when accepted (it never tells whether the address was subscribed); CONFLICT when alerts are off or the hour's limit is reached.",
  })
  async requestAlertSubscription(@Arg("input", () => AlertSubscriptionInput) input: AlertSubscriptionInput, @Ctx() ctx: Context): Promise<boolean> {
    const props = parseInput(subscriptionSchema, input);
    await ctx.services.alerts.request({ ...props, clientAddress: ctx.address });
    return true;
  }

  @Mutation(() => AlertSubscriptionState, { description: "Anyone holding the confirmation link: start the subscription (its one use)." })
  async confirmAlertSubscription(@Arg("token", () => String) token: string, @Ctx() ctx: Context): Promise<AlertSubscriptionState> {
    return ctx.services.alerts.confirm(parseInput(tokenSchema, token));
  }

  @Mutation(() => AlertSubscriptionState, { description: "Anyone holding an unsubscribe link (in every alert): end the subscription; the address is erased." })
  async unsubscribeFromAlerts(@Arg("token", () => String) token: string, @Ctx() ctx: Context): Promise<AlertSubscriptionState> {
    return ctx.services.alerts.unsubscribe(parseInput(tokenSchema, token));
  }
}
