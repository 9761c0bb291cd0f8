/**
 * Every session series of the on-screen list (`use-cases/list-series.ts`), for an export (the exports
 * module): the organization's own, its consortia's and public ones, next first, with their counts. No
 * person's data. The caller checks roles (`sessionStaffRoles`) and audits.
 */
import type { Actor } from '../../core/auth/actor.js';
import type { Executor } from '../../core/db/types.js';
import { sessionsReadRepository } from './adapters/sessions-read-repository.js';

const rowsPerRead = 1000;

export async function seriesForExport(
  db: Executor,
  actor: Actor,
  filter: { from?: string; audience?: 'beneficiaries' | 'staff' },
  now: Date,
  limit: number,
) {
  const repo = sessionsReadRepository(db);
  const rows: Awaited<ReturnType<typeof repo.seriesOpenTo>>['rows'] = [];
  for (let page = 1; rows.length < limit; page++) {
    const read = await repo.seriesOpenTo(
      actor.organizationId,
      actor.consortiumIds,
      { ...filter, page, pageSize: rowsPerRead },
      now,
    );
    rows.push(...read.rows);
    if (read.rows.length < rowsPerRead) break;
  }
  return rows.slice(0, limit).map((r) => ({
    id: r.id,
    title: r.title,
    organizationId: r.organizationId,
    kind: r.kind,
    audience: r.audience,
    mode: r.mode,
    language: r.language,
    openness: r.openness,
    status: r.status,
    capacity: r.capacity,
    enrolled: Number(r.enrolled),
    waitlisted: Number(r.waitlisted),
    firstMeetingAt: r.firstMeetingAt ? new Date(r.firstMeetingAt) : null,
    lastMeetingAt: r.lastMeetingAt ? new Date(r.lastMeetingAt) : null,
    meetings: Number(r.meetings),
    grantsAttestation: r.attestationRule !== null,
  }));
}
