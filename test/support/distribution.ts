import { sql } from 'kysely';
import type { Placement } from '../../src/core/db/distribution.js';
import type { Db } from '../../src/core/db/types.js';

/**
 * What row-based sharding by organization (ADR 12) requires of a schema, read from the catalog: every
 * table classified; every distributed table with a non-null organization_id in its primary key and in
 * every unique constraint or index; every foreign key between distributed tables carrying
 * organization_id on both sides, except the declared cross-organization references, which carry none;
 * no foreign key from a reference or local table to a distributed one. One line per violation.
 */
export async function distributionViolations(
  db: Db,
  placement: Readonly<Record<string, Placement>>,
  crossOrganization: readonly string[],
  schema = 'public',
): Promise<string[]> {
  const violations: string[] = [];
  const classify =
    'classify it in src/core/db/distribution.ts (docs/adr/0012-distribution-by-organization.md)';
  const tables = await sql<{ name: string; organization: string | null; not_null: boolean | null }>`
    select c.relname as name, a.attname as organization, a.attnotnull as not_null
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    left join pg_attribute a on a.attrelid = c.oid and a.attname = 'organization_id' and not a.attisdropped
    where n.nspname = ${schema} and c.relkind in ('r', 'p') and not c.relispartition
    order by c.relname`.execute(db);
  const present = new Set(tables.rows.map((t) => t.name));
  const placeOf = (table: string) => placement[table];
  for (const table of Object.keys(placement))
    if (!present.has(table))
      violations.push(`${table}: classified but no such table: remove it from the list`);
  for (const table of tables.rows) {
    const place = placeOf(table.name);
    if (!place) violations.push(`${table.name}: not classified: ${classify}`);
    if (place !== 'distributed') continue;
    if (!table.organization) violations.push(`${table.name}: no organization_id`);
    else if (!table.not_null) violations.push(`${table.name}: organization_id may be null`);
  }

  const keys = await sql<{
    table: string;
    name: string;
    kind: string;
    columns: string | null;
    definition: string;
  }>`
    select c.relname as table, ic.relname as name,
      case when i.indisprimary then 'primary key' when k.contype = 'u' then 'unique constraint'
        else 'unique index' end as kind,
      (select string_agg(a.attname, ', ' order by u.ord) from unnest(i.indkey::int2[]) with ordinality u(num, ord)
        join pg_attribute a on a.attrelid = c.oid and a.attnum = u.num) as columns,
      pg_get_indexdef(i.indexrelid) as definition
    from pg_index i join pg_class c on c.oid = i.indrelid join pg_class ic on ic.oid = i.indexrelid
    join pg_namespace n on n.oid = c.relnamespace
    left join pg_constraint k on k.conindid = i.indexrelid and k.conrelid = c.oid and k.contype in ('p', 'u', 'x')
    where n.nspname = ${schema} and i.indisunique
    order by c.relname, ic.relname`.execute(db);
  const hasPrimaryKey = new Set(keys.rows.filter((k) => k.kind === 'primary key').map((k) => k.table));
  for (const table of present)
    if (placeOf(table) === 'distributed' && !hasPrimaryKey.has(table))
      violations.push(`${table}: no primary key`);
  for (const key of keys.rows) {
    if (placeOf(key.table) !== 'distributed') continue;
    const columns = (key.columns ?? '').split(', ');
    if (!columns.includes('organization_id'))
      violations.push(
        `${key.table}: ${key.kind} ${key.name} (${key.columns ?? key.definition}) lacks organization_id`,
      );
  }

  const foreignKeys = await sql<{
    table: string;
    name: string;
    columns: string;
    parent: string;
    parent_columns: string;
  }>`
    select c.relname as table, k.conname as name, p.relname as parent,
      (select string_agg(a.attname, ', ' order by u.ord) from unnest(k.conkey) with ordinality u(num, ord)
        join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.num) as columns,
      (select string_agg(a.attname, ', ' order by u.ord) from unnest(k.confkey) with ordinality u(num, ord)
        join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.num) as parent_columns
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = ${schema} and k.contype = 'f'
    order by c.relname, k.conname`.execute(db);
  const declared = new Set(crossOrganization);
  for (const fk of foreignKeys.rows) {
    const childPlace = placeOf(fk.table);
    const parentPlace = placeOf(fk.parent);
    const shown = `foreign key ${fk.name} (${fk.columns}) → ${fk.parent} (${fk.parent_columns})`;
    if (parentPlace === 'distributed' && childPlace !== 'distributed' && childPlace) {
      violations.push(`${fk.table}: ${childPlace} table has ${shown} to a distributed table`);
      continue;
    }
    if (childPlace !== 'distributed' || parentPlace !== 'distributed') continue;
    const columns = fk.columns.split(', ');
    const parentColumns = fk.parent_columns.split(', ');
    const at = columns.indexOf('organization_id');
    const colocated = at >= 0 && parentColumns[at] === 'organization_id';
    const references = columns
      .filter((c) => c !== 'organization_id')
      .map((c) => `${fk.table}.${c} → ${fk.parent}`);
    const crossing = references.filter((r) => declared.has(r));
    if (crossing.length > 0)
      violations.push(
        `${fk.table}: ${shown} is a declared cross-organization reference: drop it, the use cases check it`,
      );
    else if (!colocated) violations.push(`${fk.table}: ${shown} lacks organization_id on both sides`);
  }
  for (const reference of crossOrganization) {
    const [table, column] = reference.split(' → ')[0]!.split('.');
    if (!present.has(table!))
      violations.push(`declared cross-organization reference ${reference}: no table ${table}`);
    else if (placeOf(table!) !== 'distributed')
      violations.push(`declared cross-organization reference ${reference}: ${table} is not distributed`);
    else {
      const exists = await sql<{ n: number }>`
        select count(*)::int as n from information_schema.columns
        where table_schema = ${schema} and table_name = ${table} and column_name = ${column}`.execute(db);
      if (exists.rows[0]!.n === 0)
        violations.push(`declared cross-organization reference ${reference}: no column ${column}`);
    }
  }
  return violations.sort();
}
