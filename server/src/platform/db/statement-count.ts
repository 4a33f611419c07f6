import type { Logger as TypeOrmLogger } from "typeorm";

/**
 * Counts every SQL statement the data source sends (TypeORM calls `logQuery` for each, BEGIN and
 * COMMIT included), and passes each call on to an optional inner logger. For tests and benchmarks:
 * "SQL statements per request" is the difference of `count` around a request.
 */
export class StatementCounter implements TypeOrmLogger {
  count = 0;
  constructor(private readonly inner?: TypeOrmLogger) {}
  logQuery(query: string, parameters?: unknown[], runner?: Parameters<TypeOrmLogger["logQuery"]>[2]): void {
    this.count++;
    this.inner?.logQuery(query, parameters, runner);
  }
  logQueryError(...args: Parameters<TypeOrmLogger["logQueryError"]>): void {
    this.inner?.logQueryError(...args);
  }
  logQuerySlow(...args: Parameters<TypeOrmLogger["logQuerySlow"]>): void {
    this.inner?.logQuerySlow(...args);
  }
  logSchemaBuild(...args: Parameters<TypeOrmLogger["logSchemaBuild"]>): void {
    this.inner?.logSchemaBuild(...args);
  }
  logMigration(...args: Parameters<TypeOrmLogger["logMigration"]>): void {
    this.inner?.logMigration(...args);
  }
  log(...args: Parameters<TypeOrmLogger["log"]>): void {
    this.inner?.log(...args);
  }
}
