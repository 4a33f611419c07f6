import type { DataSource, EntityManager } from "typeorm";

/** Anything that runs SQL: the data source, a transaction's or a snapshot's entity manager. */
export type Queryable = Pick<DataSource | EntityManager, "query">;

/**
 * The rows of one SQL query, typed by the caller's row type (TypeORM's `query` answers `any`).
 * The row type names the columns as the query selects them (snake_case, with PostgreSQL's types as pg returns
 * them: timestamptz → Date, numeric and bigint → string); mapping to the GraphQL type is the caller's.
 */
export async function rows<T extends object>(db: Queryable, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  return (await db.query(sql, [...params])) as T[];
}

/** The first row of a query, or null. */
export async function row<T extends object>(db: Queryable, sql: string, params: readonly unknown[] = []): Promise<T | null> {
  return (await rows<T>(db, sql, params))[0] ?? null;
}

/**
 * The rows an UPDATE or DELETE … RETURNING answers. TypeORM's PostgreSQL driver answers those statements with
 * `[rows, affectedCount]` rather than the rows (SELECT and INSERT answer the rows), so `rows` would be wrong here.
 */
export async function returnedRows<T extends object>(db: Queryable, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  const answer: unknown = await db.query(sql, [...params]);
  if (Array.isArray(answer) && answer.length === 2 && Array.isArray(answer[0]) && typeof answer[1] === "number") return answer[0] as T[];
  return answer as T[];
}
