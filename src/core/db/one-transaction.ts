import type { Db, Tx } from './types.js';

/**
 * Runs `work` in one transaction, handing it a `Db` whose `transaction()` joins that transaction: the
 * use cases `work` calls (each opens its own transaction) then commit together or not at all.
 *
 * For loads made of many use cases, run before anyone else uses the database (the demo on the first
 * start): they land all or nothing — a failure halfway leaves no half-loaded database that a later
 * start would take for a loaded one — and without a BEGIN and a COMMIT around every use case. No
 * savepoint is taken: a use case that fails aborts the whole, so nothing may catch a use case's
 * failure and go on. Every statement runs on the one connection of the transaction, so `work` must
 * not use another handle on the database meanwhile (on PGlite, with its single connection, that
 * would wait forever).
 */
export async function inOneTransaction<T>(db: Db, work: (db: Db) => Promise<T>): Promise<T> {
  return db.transaction().execute((trx) => work(joiningTransaction(trx)));
}

function joiningTransaction(trx: Tx): Db {
  const joined = {
    execute: <T>(run: (trx: Tx) => Promise<T>): Promise<T> => run(trx),
    setIsolationLevel: () => joined,
    setAccessMode: () => joined,
  };
  // Kysely keeps its state in private fields, which a proxy cannot reach: methods run on `trx` itself.
  return new Proxy(trx, {
    get(target, property) {
      if (property === 'transaction') return () => joined;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as unknown as Db;
}
