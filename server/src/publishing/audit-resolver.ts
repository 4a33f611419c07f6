import { Ctx, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { DataSource } from "typeorm";
import type { Context } from "../context.js";
import { DateTimeScalar } from "../platform/scalars.js";
import { AuditChainWatch } from "../platform/audit/verify.js";

@ObjectType({ description: "The head of the tamper-evident record (the audit events' hash chain) and whether it verifies. Note the hash: a later head that no longer leads back to it means history was rewritten." })
export class AuditHead {
  @Field(() => ID, { nullable: true, description: "The last event; null while the record is empty." }) eventId: string | null;
  @Field(() => String, { nullable: true, description: "SHA-256 (hex) of the last event, which covers every event before it." }) hash: string | null;
  @Field(() => Int, { description: "Events checked: all of them when the chain is intact, up to the first broken one otherwise." }) events: number;
  @Field(() => DateTimeScalar, { description: "When this verification ran." }) verifiedAt: Date;
  @Field(() => Boolean, { description: "The chain is intact and every ballot, declaration, removed ballot and closed vote equals what its latest event recorded." }) ok: boolean;
  @Field(() => ID, { nullable: true, description: "The first broken link: the event that fails, or that a changed record contradicts. Null when ok, or when the broken record has no event at all." }) firstBrokenEventId: string | null;
  @Field(() => String, { nullable: true, description: "Why verification failed, in words; null when ok." }) reason: string | null;
}

/** One watch per server process (per data source): see AuditChainWatch. */
const watches = new WeakMap<DataSource, AuditChainWatch>();
function watchOf(ds: DataSource): AuditChainWatch {
  let watch = watches.get(ds);
  if (!watch) {
    watch = new AuditChainWatch(ds);
    watches.set(ds, watch);
  }
  return watch;
}

@Resolver()
export class AuditResolver {
  @Query(() => AuditHead, { description: "Verifies the tamper-evident record and returns its head. Public." })
  async auditHead(@Ctx() ctx: Context): Promise<AuditHead> {
    const v = await watchOf(ctx.services.ds).verify();
    return {
      eventId: v.head?.id ?? null,
      hash: v.head?.hash ?? null,
      events: v.events,
      verifiedAt: v.verifiedAt,
      ok: v.ok,
      firstBrokenEventId: v.firstBroken?.id ?? null,
      reason: v.firstBroken?.reason ?? null,
    };
  }
}
