import type { CaseView } from '../../../contracts/recognition.js';
import type { Executor } from '../../../core/db/types.js';
import { type ApplicationFinancing, applicationFinancing } from '../../loan-fund/api.js';
import type { CaseRecord, CaseStepRecord } from '../adapters/cases-repository.js';
import { casesRepository } from '../adapters/cases-repository.js';
import { pathwaysRepository } from '../adapters/pathways-repository.js';
import { caseCosts, caseProgress, caseStatusOf } from '../domain/case-rules.js';
import type { CaseClosingReason } from '../domain/vocabulary.js';
import { occupationTitler, organizationNames } from './pathway-views.js';

function financingOf(applications: Map<string, ApplicationFinancing>, step: CaseStepRecord) {
  const application = step.loanApplicationId ? applications.get(step.loanApplicationId) : undefined;
  if (!application) return null;
  return {
    applicationId: application.applicationId,
    reference: application.reference,
    fundId: application.fundId,
    currency: application.currency,
    status: application.status,
    loanId: application.loanId,
    disbursedOn: application.disbursements[0]?.paidOn ?? null,
    disbursedCents: application.disbursements.reduce((sum, d) => sum + d.amountCents, 0),
  };
}

/**
 * Cases as the person's organization sees them: the pathway (whoever keeps it), the version followed,
 * each step with the loan that pays it read back from the fund's books, progress, costs and result.
 */
export async function caseViews(
  db: Executor,
  locale: string,
  cases: readonly CaseRecord[],
): Promise<CaseView[]> {
  if (cases.length === 0) return [];
  const pathwayIds = [...new Set(cases.map((c) => c.pathwayId))];
  const pathwaysRepo = pathwaysRepository(db);
  const [steps, pathways, versions] = await Promise.all([
    casesRepository(db).stepsOf(cases.map((c) => c.id)),
    Promise.all(pathwayIds.map((id) => pathwaysRepo.find(id))),
    pathwaysRepo.versionsOf(pathwayIds),
  ]);
  const pathwayOf = new Map(pathways.flatMap((p) => (p ? [[p.id, p] as const] : [])));
  const applicationIds = [
    ...new Set(steps.flatMap((s) => (s.loanApplicationId ? [s.loanApplicationId] : []))),
  ];
  const [financing, names, titleOf] = await Promise.all([
    applicationFinancing(db, applicationIds),
    organizationNames(
      db,
      cases.map((c) => c.pathwayOrganizationId),
    ),
    occupationTitler(
      db,
      [...pathwayOf.values()].map((p) => ({ scheme: p.occupationScheme, code: p.occupationCode })),
      locale,
    ),
  ]);
  const applications = new Map(financing.map((a) => [a.applicationId, a]));
  return cases.map((c) => {
    const pathway = pathwayOf.get(c.pathwayId)!;
    const version = versions.find((v) => v.id === c.versionId)!;
    const own = steps.filter((s) => s.caseId === c.id);
    const costs = caseCosts(own);
    return {
      id: c.id,
      personId: c.personId,
      pathway: {
        id: pathway.id,
        organizationName: names.get(pathway.organizationId) ?? '',
        occupation: {
          scheme: pathway.occupationScheme,
          code: pathway.occupationCode,
          title: titleOf({ scheme: pathway.occupationScheme, code: pathway.occupationCode }),
        },
        jurisdiction: pathway.jurisdiction,
        routeName: pathway.routeName,
        regulated: pathway.regulated,
        regulatorName: pathway.regulatorName,
        regulatorUrl: pathway.regulatorUrl,
        illustrative: pathway.illustrative,
      },
      version: { id: version.id, number: version.number, effectiveOn: version.effectiveOn },
      newerVersionExists: versions.some((v) => v.pathwayId === pathway.id && v.number > version.number),
      status: caseStatusOf(c),
      startedOn: c.startedOn,
      note: c.note,
      steps: own.map((s) => ({
        id: s.id,
        position: s.position,
        kind: s.kind,
        labelFr: s.labelFr,
        labelEn: s.labelEn,
        evaluator: s.evaluator,
        reportType: s.reportType,
        languageTest: s.languageTest,
        levelRequired: s.levelRequired,
        typicalCostCents: s.typicalCostCents === null ? null : Number(s.typicalCostCents),
        currency: s.currency as CaseView['steps'][number]['currency'],
        typicalDurationDays: s.typicalDurationDays,
        status: s.status,
        startedOn: s.startedOn,
        doneOn: s.doneOn,
        actualCostCents: s.actualCostCents === null ? null : Number(s.actualCostCents),
        paidBy: s.paidBy,
        documentIds: s.documentIds,
        note: s.note,
        financing: financingOf(applications, s),
      })),
      progress: caseProgress(own),
      costs: {
        currency: (own[0]?.currency ?? 'USD') as CaseView['costs']['currency'],
        actualCents: costs.actualCents,
        byPayer: costs.byPayer,
      },
      result:
        c.result && c.decidedOn
          ? {
              result: c.result,
              decidedOn: c.decidedOn,
              conditions: c.conditions,
              credential:
                c.credentialKind && c.credentialObtainedOn
                  ? {
                      kind: c.credentialKind,
                      name: c.credentialName ?? '',
                      obtainedOn: c.credentialObtainedOn,
                    }
                  : null,
            }
          : null,
      closed:
        c.closedOn && c.closingReason
          ? { closedOn: c.closedOn, reason: c.closingReason as CaseClosingReason, note: c.closingNote }
          : null,
      createdAt: new Date(c.createdAt).toISOString(),
    };
  });
}
