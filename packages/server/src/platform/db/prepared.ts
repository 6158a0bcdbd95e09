import type pg from 'pg';

// The queries run on every request are sent as named prepared statements: PostgreSQL parses and
// plans each once per connection instead of at every call. Measured for the session lookup (issue
// 18): 1 200–2 500 lookups a second unnamed, 6 800–7 000 named, 50 callers on a pool of 10. Only
// queries marked with prepareAs are named, so the number of statements a connection keeps is bounded
// by the code, not by what callers send. A prepared plan follows schema changes by itself (PostgreSQL
// re-plans after DDL on the tables it reads).

const nameOf = new Map<string, string>();

/** Marks a query's SQL text (as Kysely compiles it) to be sent as the named statement `name`. */
export function prepareAs(name: string, sql: string): void {
  if (nameOf.get(sql) === name) return;
  if ([...nameOf.values()].includes(name)) throw new Error(`prepared statement ${name} names two queries`);
  nameOf.set(sql, name);
}

type QueryFunction = (config: unknown, values?: unknown, callback?: unknown) => unknown;

/** Sends the marked queries of every connection of `pool` as named statements. */
export function namePreparedStatements(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as QueryFunction;
    const named: QueryFunction = (config, values, callback) => {
      const name = typeof config === 'string' ? nameOf.get(config) : undefined;
      if (name === undefined || !Array.isArray(values) || callback !== undefined) {
        return query(config, values, callback);
      }
      return query({ name, text: config, values });
    };
    client.query = named as typeof client.query;
  });
}
