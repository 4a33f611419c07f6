import { bearerToken, type Actor, type Tokens } from "./tokens.js";

/**
 * Who is asking, from an `Authorization` value (HTTP header or graphql-ws connection
 * parameter): no value is the public (`null`); a valid bearer token is its actor; anything
 * else is refused (`"invalid"`: forged, expired or malformed: log in again). HTTP answers a
 * refusal with 401, the WebSocket with close code 4403.
 */
export async function actorFromAuthorization(tokens: Tokens, header: unknown): Promise<Actor | null | "invalid"> {
  if (header === undefined || header === null || header === "") return null;
  const token = bearerToken(header);
  const actor = token ? await tokens.verify(token) : null;
  return actor ?? "invalid";
}
