import { z } from 'zod';
import { pageOf, pageQuery } from '../../../contracts/define.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { hasConsent, keptFileReads, personSummary } from '../../people/api.js';
import { applicationsRepository } from '../adapters/applications-repository.js';
import { applicationErrors } from '../errors.js';
import { applicationActor } from './application-access.js';
import { applicationViews } from './application-views.js';
import { sendingPurpose } from './move-application.js';

/**
 * A person's applications, newest first, with whether their consent to contacting employers is in
 * force today (the screen warns before a file is sent). Scoped like the file; audited. A kept file also
 * lists the applications of the files merged into it (docs/duplicates.md), each marked with its file and
 * read-only here; each merged file is checked as its own file and audited when its applications are shown.
 */
export const listPersonApplications = defineUseCase(
  pageQuery.extend({ personId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = applicationActor(ctx, false);
    if (!(await personSummary(trx, input.personId, actor.organizationId)))
      throw applicationErrors.personNotFound();
    const reads = await keptFileReads(trx, actor.organizationId, input.personId);
    const repo = applicationsRepository(trx);
    const all = [];
    for (const file of reads.files) {
      if (!(await personSummary(trx, file, actor.organizationId))) continue;
      all.push(...(await repo.ofPerson(actor.organizationId, file)));
    }
    // The repository's order (newest first), across files.
    all.sort(
      (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
    );
    const page = pageOf(all, input.page, input.pageSize);
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    const consent = await hasConsent(trx, input.personId, sendingPurpose, null, today);
    for (const file of reads.files) {
      const shown = page.items.filter((a) => a.personId === file).length;
      const kept = file === input.personId;
      if (!kept && shown === 0) continue;
      await audit.record({
        actorUserId: actor.userId,
        organizationId: actor.organizationId,
        subjectOrganizationId: actor.organizationId,
        action: 'application.list',
        resourceType: 'person',
        resourceId: file,
        personId: file,
        requestId: ctx.requestId,
        details: kept ? { count: shown } : { count: shown, via: 'kept_file' },
      });
    }
    const fileOf = new Map(page.items.map((a) => [a.id, a.personId]));
    const views = await applicationViews(trx, actor.organizationId, page.items);
    return {
      ...page,
      items: views.map((view) => ({
        ...view,
        fromMergedFile: reads.originOf(fileOf.get(view.id) ?? input.personId),
      })),
      consentToContactEmployers: consent,
    };
  },
);
