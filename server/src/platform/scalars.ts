import { DateTimeResolver } from "graphql-scalars";

/** DateTime: an ISO-8601 string with offset (API.md), from graphql-scalars (RFC 3339). */
export const DateTimeScalar = DateTimeResolver;
