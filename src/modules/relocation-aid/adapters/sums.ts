import { sql } from 'kysely';

/** sum(bigint) is numeric in PostgreSQL; cast back so both engines hand us a number. */
export const sumOf = (column: string) => sql<number>`coalesce(sum(${sql.ref(column)}), 0)::bigint`;
