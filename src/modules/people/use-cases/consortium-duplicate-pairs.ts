import { consortiumDuplicatePairsQuery } from '../../../contracts/duplicates.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { personDataRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { decisionsAbout } from '../adapters/duplicate-decisions-repository.js';
import { comparableFiles } from '../adapters/duplicate-keys-repository.js';
import { duplicateRunsRepository } from '../adapters/duplicate-runs-repository.js';
import { type DuplicateReason, duplicateReasons } from '../domain/duplicate-score.js';
import { sealElsewhereReference } from './person-duplicates.js';

/**
 * The organization's side of the latest batch run over one of its consortia: its files the run found
 * followed by another member too, best first, with the rule's reasons and a sealed reference to decide
 * on (link or different) — the other file and its organization are named by nothing. Pairs decided
 * since the run, and files restricted, anonymized or merged away since, are left out. Audited.
 */
export const listConsortiumDuplicatePairs = defineUseCase(
  consortiumDuplicatePairsQuery,
  async ({ input, ctx, trx, audit, deps }) => {
    const actor = requireActor(ctx);
    requireRole(actor, personDataRoles);
    const organizationId = actor.organizationId;
    const consortia = await organizationsApi(trx).consortiaWhereMember(organizationId);
    const repo = duplicateRunsRepository(trx);
    const run = await repo.latestDone(consortia);
    if (!run) return { run: null, items: [] };
    const partners = new Set<string>();
    for (const member of await organizationsApi(trx).consortiumMembers(run.consortiumId))
      partners.add(member.id);
    // A few more rows than shown: some may have been decided since.
    const rows = (await repo.pairsOf(run.id, organizationId, input.limit * 2)).filter((r) =>
      partners.has(r.otherOrganizationId),
    );
    const files = new Map(
      (await comparableFiles(trx, organizationId, [...new Set(rows.map((r) => r.personId))])).map((f) => [
        f.id,
        f,
      ]),
    );
    const items = [];
    for (const row of rows) {
      const file = files.get(row.personId);
      if (!file || items.length >= input.limit) continue;
      const decided = await decisionsAbout(trx, { organizationId, personId: file.id });
      if (decided.some((d) => d.personId === row.otherPersonId)) continue;
      items.push({
        file: {
          id: file.id,
          givenName: file.givenName,
          familyName: file.familyName,
          givenNameOriginal: file.givenNameOriginal,
          familyNameOriginal: file.familyNameOriginal,
          birthDate: file.birthDate,
        },
        reasons: row.reasons
          .split(',')
          .filter((r): r is DuplicateReason => (duplicateReasons as readonly string[]).includes(r)),
        score: row.score,
        reference: deps.keyRing
          ? sealElsewhereReference(
              deps.keyRing,
              { organizationId, personId: file.id },
              { organizationId: row.otherOrganizationId, personId: row.otherPersonId },
            )
          : null,
      });
    }
    await audit.record({
      actorUserId: actor.userId,
      organizationId,
      subjectOrganizationId: organizationId,
      action: 'person.duplicate_consortium_review',
      resourceType: 'duplicate_run',
      resourceId: run.id,
      requestId: ctx.requestId,
      details: { results: items.length },
    });
    return { run: { id: run.id, finishedAt: run.finishedAt?.toISOString() ?? null }, items };
  },
);
