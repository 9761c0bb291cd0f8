import { z } from 'zod';
import type { PathwayFiguresView } from '../../../contracts/recognition.js';
import { defineUseCase } from '../../../core/use-case.js';
import { applicationFinancing } from '../../loan-fund/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { casesRepository } from '../adapters/cases-repository.js';
import { pathwaysRepository } from '../adapters/pathways-repository.js';
import { type FigureCase, pathwayCaseFigures } from '../domain/pathway-figures.js';
import { recognitionFiguresRoles } from '../domain/vocabulary.js';
import { pathwayViews } from './pathway-views.js';
import { actorWith, partnersOf } from './recognition-access.js';

/**
 * The working group's view, per pathway the organization reads (its catalogue and its partners'
 * shared ones), over the cases of every organization on it: people, results, per step the cases in
 * progress and done, the median days a step takes and the drop-outs, and what the fund's loans paid
 * out for its steps (from the fund's books). Counts only: no name, no person id leaves.
 */
export const recognitionFigures = defineUseCase(z.object({}), async ({ ctx, trx, now, audit }) => {
  const actor = actorWith(ctx, recognitionFiguresRoles);
  const partners = await partnersOf(trx, actor.organizationId);
  const pathways = await pathwaysRepository(trx).visibleTo(actor.organizationId, partners, {
    includeRetired: true,
  });
  const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
  const views = await pathwayViews(trx, actor, ctx.locale, pathways, today);
  const { cases, steps } = await casesRepository(trx).figuresOfPathways(pathways.map((p) => p.id));
  const stepsOf = new Map<string, FigureCase['steps']>();
  const applicationsOfPathway = new Map<string, Set<string>>();
  const pathwayOfCase = new Map(cases.map((c) => [c.id, c.pathwayId]));
  for (const s of steps) {
    const list = stepsOf.get(s.caseId);
    if (list) list.push(s);
    else stepsOf.set(s.caseId, [s]);
    if (s.loanApplicationId) {
      const pathwayId = pathwayOfCase.get(s.caseId)!;
      const set = applicationsOfPathway.get(pathwayId) ?? new Set<string>();
      set.add(s.loanApplicationId);
      applicationsOfPathway.set(pathwayId, set);
    }
  }
  const financing = await applicationFinancing(trx, [
    ...new Set([...applicationsOfPathway.values()].flatMap((set) => [...set])),
  ]);
  const financingOf = new Map(financing.map((f) => [f.applicationId, f]));
  const figures: PathwayFiguresView[] = views.map((view) => {
    const own = cases
      .filter((c) => c.pathwayId === view.id)
      .map((c) => ({ ...c, steps: stepsOf.get(c.id) ?? [] }));
    const counted = pathwayCaseFigures(own);
    const paid = new Map<string, { disbursedCents: number; loans: number }>();
    for (const applicationId of applicationsOfPathway.get(view.id) ?? []) {
      const application = financingOf.get(applicationId);
      if (!application?.loanId) continue;
      const sum = paid.get(application.currency) ?? { disbursedCents: 0, loans: 0 };
      sum.disbursedCents += application.disbursements.reduce((total, d) => total + d.amountCents, 0);
      sum.loans += 1;
      paid.set(application.currency, sum);
    }
    return {
      pathwayId: view.id,
      occupation: view.occupation,
      jurisdiction: view.jurisdiction,
      routeName: view.routeName,
      illustrative: view.illustrative,
      people: counted.people,
      open: counted.open,
      results: counted.results,
      closedWithoutResult: counted.closedWithoutResult,
      versions: counted.versions.map((v) => {
        const version = view.versions.find((candidate) => candidate.id === v.versionId);
        return {
          versionId: v.versionId,
          number: version?.number ?? 0,
          cases: v.cases,
          steps: v.steps.map((s) => {
            const step = version?.steps.find((candidate) => candidate.position === s.position);
            return {
              ...s,
              kind: step?.kind ?? 'other',
              labelFr: step?.labelFr ?? '',
              labelEn: step?.labelEn ?? '',
            };
          }),
        };
      }),
      fundPaid: [...paid].map(([currency, sum]) => ({ currency, ...sum })),
    };
  });
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'recognition.figures_read',
    resourceType: 'recognition_figures',
    resourceId: null,
    requestId: ctx.requestId,
    details: { pathways: figures.length },
  });
  return { pathways: figures };
});
