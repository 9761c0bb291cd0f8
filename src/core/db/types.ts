import type { Kysely, Transaction } from 'kysely';

/**
 * The whole schema, assembled by declaration merging: each module declares its own tables in
 * `src/modules/<module>/adapters/tables.ts` with `declare module '.../core/db/types.js'`.
 * A module's adapters only touch the tables it declares (checked by test/architecture.test.ts).
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by module declarations
export interface Database {}

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Either the root handle or an open transaction; repositories accept both. */
export type Executor = Db | Tx;
