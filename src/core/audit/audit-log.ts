import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Executor } from '../db/types.js';
import './tables.js';

export interface AuditEntry {
  actorUserId: string | null;
  organizationId: string | null;
  subjectOrganizationId: string | null;
  /** Verb-like and stable: `person.read`, `person.update`, `enrolment.override`… */
  action: string;
  resourceType: string;
  resourceId: string | null;
  personId?: string | null;
  requestId: string | null;
  /** Never sensitive values: field names, counts, reasons' presence — not their content. */
  details?: Record<string, unknown>;
}

export interface AuditWriter {
  record(entry: AuditEntry): Promise<void>;
  /** Several entries in one statement, in this order (an import of many files). */
  recordMany(entries: readonly AuditEntry[]): Promise<void>;
}

export function auditWriter(executor: Executor, now: () => Date, newId: () => string): AuditWriter {
  const row = (entry: AuditEntry) => ({
    id: newId(),
    occurred_at: now(),
    actor_user_id: entry.actorUserId,
    organization_id: entry.organizationId,
    subject_organization_id: entry.subjectOrganizationId,
    action: entry.action,
    resource_type: entry.resourceType,
    resource_id: entry.resourceId,
    person_id: entry.personId ?? null,
    request_id: entry.requestId,
    details: JSON.stringify(entry.details ?? {}),
  });
  return {
    async record(entry) {
      await executor.insertInto('audit_events').values(row(entry)).execute();
    },
    async recordMany(entries) {
      if (entries.length > 0) await executor.insertInto('audit_events').values(entries.map(row)).execute();
    },
  };
}

function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value as Record<string, unknown>).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

interface HashableRow {
  id: string;
  occurred_at: Date;
  /** The stored time to the microsecond, in UTC, as the database writes it (`storedColumns`). */
  occurred_at_stored: string;
  actor_user_id: string | null;
  organization_id: string | null;
  subject_organization_id: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  person_id: string | null;
  request_id: string | null;
  details: unknown;
  /** The details as the database stores them (jsonb's own normalized text). */
  details_stored: string;
}

/**
 * The rule events are sealed under from now on. 1: the time as JavaScript reads it (milliseconds) and
 * the details as parsed JSON, which missed a change of the stored microseconds or of a number beyond
 * a double's precision. 2: both exactly as stored. Events sealed under 1 still verify under 1.
 */
export const currentHashVersion = 2;

export function auditHash(
  prevHash: string,
  index: number,
  row: HashableRow,
  version = currentHashVersion,
): string {
  const fields = [
    row.actor_user_id,
    row.organization_id,
    row.subject_organization_id,
    row.action,
    row.resource_type,
    row.resource_id,
    row.person_id,
    row.request_id,
  ];
  const content =
    version === 1
      ? canonicalJson([
          index,
          row.id,
          new Date(row.occurred_at).toISOString(),
          ...fields,
          typeof row.details === 'string' ? JSON.parse(row.details) : row.details,
        ])
      : canonicalJson([version, index, row.id, row.occurred_at_stored, ...fields, row.details_stored]);
  return createHash('sha256').update(prevHash).update(content).digest('hex');
}

const hashableColumns = [
  'id',
  'occurred_at',
  'actor_user_id',
  'organization_id',
  'subject_organization_id',
  'action',
  'resource_type',
  'resource_id',
  'person_id',
  'request_id',
  'details',
] as const;

/** The time and the details as stored, read as text in SQL: exact on both engines, whatever the session's time zone. */
const storedColumns = [
  sql<string>`to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
    'occurred_at_stored',
  ),
  sql<string>`details::text`.as('details_stored'),
] as const;

/**
 * Links unsealed events into the hash chain, in the order they are sealed. Writers never wait on
 * the chain (no global lock on the request path); a transaction that commits late is simply sealed
 * in the next batch. Returns the number of events sealed.
 */
export async function sealAuditLog(db: Db, batchSize = 5000): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const head = await trx
      .selectFrom('audit_chain_head')
      .select(['last_index', 'last_hash'])
      .where('id', '=', 1)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const rows = await trx
      .selectFrom('audit_events')
      .select([...hashableColumns, ...storedColumns, 'inserted_seq'])
      .where('chain_index', 'is', null)
      .orderBy('inserted_seq')
      .limit(batchSize)
      .execute();
    let index = head.last_index;
    let hash = head.last_hash;
    for (const row of rows) {
      index += 1;
      const next = auditHash(hash, index, row);
      await trx
        .updateTable('audit_events')
        .set({ chain_index: index, prev_hash: hash, hash: next, hash_version: currentHashVersion })
        .where('id', '=', row.id)
        .execute();
      hash = next;
    }
    if (rows.length > 0) {
      await trx
        .updateTable('audit_chain_head')
        .set({ last_index: index, last_hash: hash })
        .where('id', '=', 1)
        .execute();
    }
    return rows.length;
  });
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  unsealed: number;
  firstBrokenIndex: number | null;
  reason: string | null;
}

/** Recomputes the whole chain; any edited, inserted or removed sealed event breaks it. */
export async function verifyAuditLog(db: Db): Promise<AuditVerification> {
  const head = await db
    .selectFrom('audit_chain_head')
    .selectAll()
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  const unsealed = await db
    .selectFrom('audit_events')
    .select(sql<number>`count(*)`.as('n'))
    .where('chain_index', 'is', null)
    .executeTakeFirstOrThrow();
  let expectedIndex = 0;
  let hash = '0'.repeat(64);
  let checked = 0;
  let lastVersion = 1;
  const pageSize = 5000;
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .select([...hashableColumns, ...storedColumns, 'chain_index', 'prev_hash', 'hash', 'hash_version'])
      .where('chain_index', '>', expectedIndex)
      .orderBy('chain_index')
      .limit(pageSize)
      .execute();
    for (const row of rows) {
      expectedIndex += 1;
      const broken = (reason: string): AuditVerification => ({
        ok: false,
        checked,
        unsealed: Number(unsealed.n),
        firstBrokenIndex: expectedIndex,
        reason,
      });
      if (Number(row.chain_index) !== expectedIndex) return broken('an event is missing from the chain');
      if (row.prev_hash !== hash) return broken('an event does not follow the previous one');
      // Versions only move forward along the chain: an event cannot be passed off as sealed under an older rule.
      const version = Number(row.hash_version);
      if (version < lastVersion || version < 1 || version > currentHashVersion)
        return broken('an event was modified after it was sealed');
      lastVersion = version;
      const recomputed = auditHash(hash, expectedIndex, row, version);
      if (recomputed !== row.hash) return broken('an event was modified after it was sealed');
      hash = recomputed;
      checked += 1;
    }
    if (rows.length < pageSize) break;
  }
  if (expectedIndex !== Number(head.last_index) || hash !== head.last_hash) {
    return {
      ok: false,
      checked,
      unsealed: Number(unsealed.n),
      firstBrokenIndex: expectedIndex + 1,
      reason: 'the end of the chain was removed',
    };
  }
  return { ok: true, checked, unsealed: Number(unsealed.n), firstBrokenIndex: null, reason: null };
}
