import { type PathwayFiguresView, recognitionFiguresQuery } from '../../../contracts/recognition.js';
import { defineUseCase } from '../../../core/use-case.js';
import { applicationFinancing } from '../../loan-fund/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { casesRepository } from '../adapters/cases-repository.js';
import { pathwaysRepository } from '../adapters/pathways-repository.js';
import { casesOfPeriod, type FiguresPeriod, inPeriod } from '../domain/figures-period.js';
import { type FigureCase, pathwayCaseFigures } from '../domain/pathway-figures.js';
import { recognitionFiguresRoles } from '../domain/vocabulary.js';
import { employedInFieldOf } from './employed-in-field-figures.js';
import { pathwayViews } from './pathway-views.js';
import { actorWith, partnersOf } from './recognition-access.js';

/**
 * The working group's view, per pathway the organization reads (its catalogue and its partners'
 * shared ones), over the cases of every organization on it: people, results, per step the cases in
 * progress and done, the median days a step takes and the drop-outs, the people employed in the
 * pathway's field, and what the fund's loans paid out for its steps (from the fund's books). With a
 * period: the cases that ran during it (chosen by the database), read as they stood at its end, and
 * the disbursements paid in it. Counts only: no name, no person id leaves.
 */
export const recognitionFigures = defineUseCase(
  recognitionFiguresQuery,
  async ({ input, ctx, trx, now, audit }) => {
    const actor = actorWith(ctx, recognitionFiguresRoles);
    const period: FiguresPeriod = { from: input.from ?? null, to: input.to ?? null };
    const partners = await partnersOf(trx, actor.organizationId);
    const pathways = await pathwaysRepository(trx).visibleTo(actor.organizationId, partners, {
      includeRetired: true,
    });
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    const views = await pathwayViews(trx, actor, ctx.locale, pathways, today);
    const { cases: ran, steps } = await casesRepository(trx).figuresOfPathways(
      pathways.map((p) => p.id),
      period,
    );
    const stepsOf = new Map<string, FigureCase['steps']>();
    const applicationsOfPathway = new Map<string, Set<string>>();
    const pathwayOfCase = new Map(ran.map((c) => [c.id, c.pathwayId]));
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
    const cases = casesOfPeriod(
      ran.map((c) => ({ ...c, steps: stepsOf.get(c.id) ?? [] })),
      period,
    );
    const employed = await employedInFieldOf(trx, views, cases, period);
    const figures: PathwayFiguresView[] = views.map((view) => {
      const own = cases.filter((c) => c.pathwayId === view.id);
      const counted = pathwayCaseFigures(own);
      const paid = new Map<string, { disbursedCents: number; loans: number }>();
      for (const applicationId of applicationsOfPathway.get(view.id) ?? []) {
        const application = financingOf.get(applicationId);
        if (!application?.loanId) continue;
        const sum = paid.get(application.currency) ?? { disbursedCents: 0, loans: 0 };
        const paidIn = application.disbursements.filter((d) => inPeriod(d.paidOn, period));
        if (paidIn.length === 0) continue;
        sum.disbursedCents += paidIn.reduce((total, d) => total + d.amountCents, 0);
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
        employedInField: employed.get(view.id) ?? { credentialObtained: 0, inProgress: 0 },
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
      details: { pathways: figures.length, from: period.from, to: period.to },
    });
    return { period, pathways: figures };
  },
);
