import { z } from 'zod';
import { isoDateTime } from '../../../contracts/define.js';
import { timelineKind, timelineModuleName } from '../../../contracts/timeline.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { filesMergedInto, type MergedFileRef, personSummary } from '../../people/api.js';
import { type TimelineScope, timelineRepository } from '../adapters/timeline-repository.js';
import { decodeCursor, encodeCursor, readerOf, timelineReaderRoles } from '../domain/reading.js';
import { timelineErrors } from '../errors.js';

export const listPersonTimelineInput = z.object({
  personId: z.uuid(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
  modules: z.array(timelineModuleName).max(20).default([]),
  kinds: z.array(timelineKind).max(20).default([]),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  cursor: z.string().max(80).optional(),
});

const originOf = (file: MergedFileRef | undefined) =>
  file
    ? {
        personId: file.personId,
        givenName: file.givenName,
        familyName: file.familyName,
        givenNameOriginal: file.givenNameOriginal,
        familyNameOriginal: file.familyNameOriginal,
      }
    : null;

/**
 * A person's story as the modules told it, newest first. Only the organization that follows the
 * person reads it, and each reader sees only the events their role and the events' restrictions allow.
 * A kept file's story holds the events of the files merged into it (merges in force, the organization's
 * own files), each marked with the file it came from, in the same order and pages: a merge moves no
 * event, and once undone the merged file's events leave the kept file's timeline again.
 */
export const listPersonTimeline = defineUseCase(
  listPersonTimelineInput,
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, timelineReaderRoles);
    if (!(await personSummary(trx, input.personId, actor.organizationId)))
      throw timelineErrors.personNotFound();
    const from = input.from ? new Date(input.from) : undefined;
    const to = input.to ? new Date(input.to) : undefined;
    if (from && to && to < from) throw timelineErrors.periodReversed();
    const after = input.cursor === undefined ? undefined : decodeCursor(input.cursor);
    if (input.cursor !== undefined && !after) throw timelineErrors.cursorInvalid();

    const merged = await filesMergedInto(trx, actor.organizationId, input.personId);
    const origins = new Map(merged.map((m) => [m.personId, m]));
    const scope: TimelineScope = {
      organizationId: actor.organizationId,
      personId: input.personId,
      mergedPersonIds: merged.map((m) => m.personId),
      reader: readerOf(actor),
    };
    const filters = { modules: input.modules, kinds: input.kinds, from, to };
    const repo = timelineRepository(trx);
    // Filtered by module at most, the total is the sum of the modules' counts: no statement of its own.
    const totalFromModules = input.kinds.length === 0 && !from && !to;
    const [rows, counted, modules] = await Promise.all([
      repo.page(
        scope,
        filters,
        input.pageSize + 1,
        after ? { after } : { offset: (input.page - 1) * input.pageSize },
      ),
      totalFromModules ? undefined : repo.count(scope, filters),
      repo.countsByModule(scope),
    ]);
    const total =
      counted ??
      modules
        .filter((m) => input.modules.length === 0 || (input.modules as readonly string[]).includes(m.module))
        .reduce((sum, m) => sum + m.count, 0);
    const items = rows.slice(0, input.pageSize);
    const last = items.at(-1);
    const names = await accountsApi(trx).displayNames(
      items.flatMap((i) => (i.recordedBy ? [i.recordedBy] : [])),
    );

    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'timeline.read',
      resourceType: 'person',
      resourceId: input.personId,
      personId: input.personId,
      requestId: ctx.requestId,
      details: {
        filters: (['modules', 'kinds', 'from', 'to'] as const).filter((k) =>
          Array.isArray(input[k]) ? input[k].length > 0 : input[k] !== undefined,
        ),
        events: items.length,
        ...(merged.length > 0 ? { mergedFiles: merged.length } : {}),
      },
    });
    // A merged file's events shown here are a read of that file too: audited on it, with how many.
    for (const file of merged) {
      const shown = items.filter((i) => i.personId === file.personId).length;
      if (shown === 0) continue;
      await audit.record({
        actorUserId: actor.userId,
        organizationId: actor.organizationId,
        subjectOrganizationId: actor.organizationId,
        action: 'timeline.read',
        resourceType: 'person',
        resourceId: file.personId,
        personId: file.personId,
        requestId: ctx.requestId,
        details: { via: 'kept_file', events: shown },
      });
    }
    return {
      items: items.map((i) => ({
        id: i.id,
        occurredAt: i.occurredAt.toISOString(),
        allDay: i.allDay,
        module: i.module,
        kind: i.kind,
        resourceType: i.resourceType,
        resourceId: i.resourceId,
        sensitive: i.sensitive,
        restricted: i.restrictedTo !== null,
        data: i.data,
        recordedBy: i.recordedBy ? { id: i.recordedBy, name: names.get(i.recordedBy) ?? null } : null,
        fromMergedFile: originOf(origins.get(i.personId)),
      })),
      page: input.page,
      pageSize: input.pageSize,
      total,
      nextCursor: rows.length > input.pageSize && last ? encodeCursor(last) : null,
      modules,
    };
  },
);
