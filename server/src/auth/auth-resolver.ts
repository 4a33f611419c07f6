import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { unauthenticated } from "../platform/errors.js";
import { parseInput } from "../platform/validation.js";
import { loginSchema } from "./inputs.js";
import { verifyPassword } from "./passwords.js";
import { AuthPayload, User } from "./user.js";

type UserRow = { id: string; username: string; password_hash: string; role: User["role"]; councillor_id: string | null };

@Resolver(() => User)
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: "Username and password → a signed token for `Authorization: Bearer <token>`." })
  async login(@Arg("username", () => String) username: string, @Arg("password", () => String) password: string, @Ctx() ctx: Context): Promise<AuthPayload> {
    const input = parseInput(loginSchema, { username, password });
    // Counted before the password is checked; refused while this address waits (security/login-throttle.ts).
    const attempt = await ctx.services.loginThrottle.begin(input.username, ctx.address);
    const rows: UserRow[] = await ctx.services.ds.query("SELECT * FROM app_user WHERE username = $1", [input.username]);
    const row = rows[0];
    // Verify against a real hash even for unknown users, so timing does not reveal which usernames exist.
    const ok = await verifyPassword(row?.password_hash ?? DUMMY_HASH, input.password);
    if (!row || !ok) throw unauthenticated("Wrong username or password.");
    await attempt.succeeded();
    const user = toUser(row);
    const token = await ctx.services.tokens.sign({ userId: user.id, username: user.username, role: user.role, councillorId: user.councillorId });
    return { token, user };
  }

  @Query(() => User, { nullable: true, description: "The logged-in account; null for the public." })
  async me(@Ctx() ctx: Context): Promise<User | null> {
    if (!ctx.actor) return null;
    const rows: UserRow[] = await ctx.services.ds.query("SELECT * FROM app_user WHERE id = $1", [ctx.actor.userId]);
    return rows[0] ? toUser(rows[0]) : null;
  }
}

function toUser(row: UserRow): User {
  return Object.assign(new User(), { id: row.id, username: row.username, role: row.role, councillorId: row.councillor_id, passwordHash: "" });
}

// argon2id hash of a random string, used only to spend the same time on unknown usernames.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$k1jTeVTtmE0ZCMn2b1RjV2nJwJ0Hc8Dmc6b5NzYb9S8";
