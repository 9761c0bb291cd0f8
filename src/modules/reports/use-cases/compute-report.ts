import type { KeyRing } from '../../../core/crypto/key-ring.js';
import type { Executor } from '../../../core/db/types.js';
import { fundReportFacts, fundsOfOrganization } from '../../loan-fund/api.js';
import { exitRuleVersions } from '../../outcomes/api.js';
import { ruleInForce } from '../../outcomes/domain/classify-exit.js';
import {
  countedInDatabase,
  enrolmentFiguresSql,
  outcomeFiguresSql,
  type SectionFigures,
} from '../adapters/report-figures.js';
import { reportRecordsOf } from '../adapters/report-records.js';
import { catalogue } from '../domain/catalogue.js';
import type { DataQualityCheck } from '../domain/data-quality.js';
import type { FundFacts } from '../domain/fund-facts.js';
import type { IndicatorContext, ReportRecord } from '../domain/indicator.js';
import { workingLanguagesOf } from '../domain/language-at-entry.js';
import { periodContaining } from '../domain/report-period.js';
import { reportErrors } from '../errors.js';
import type { ReportAccess, ResolvedTemplate } from './report-access.js';

export interface PeriodInput {
  from?: string | undefined;
  to?: string | undefined;
  fundId?: string | undefined;
}

const tenYearsInDays = 3653;

/** The period asked, or the template's period containing today; checked. */
export function reportPeriod(template: ResolvedTemplate, input: PeriodInput, today: string) {
  if (input.from === undefined || input.to === undefined) {
    const { kind, startMonth } = template.definition.period;
    return periodContaining(kind, input.to ?? input.from ?? today, startMonth);
  }
  const days = (Date.parse(input.to) - Date.parse(input.from)) / 86_400_000;
  if (!(days >= 0 && days <= tenYearsInDays)) throw reportErrors.invalidPeriod();
  return { from: input.from, to: input.to };
}

/** The loan fund a fund section reads: the one asked, else the first the program's organization operates or takes part in. */
async function fundFor(db: Executor, access: ReportAccess, fundId: string | undefined, asOf: string) {
  // The funds the program's organization operates first, then those it takes part in.
  const funds = (await fundsOfOrganization(db, access.program.organizationId)).sort(
    (a, b) =>
      Number(b.operatorOrganizationId === access.program.organizationId) -
      Number(a.operatorOrganizationId === access.program.organizationId),
  );
  const fund = fundId === undefined ? funds[0] : funds.find((f) => f.id === fundId);
  if (!fund) {
    if (fundId !== undefined) throw reportErrors.fundNotFound();
    return null;
  }
  return {
    id: fund.id,
    name: fund.name,
    currency: fund.currency,
    facts: await fundReportFacts(db, fund.id, asOf),
  };
}

export interface ComputedInputs {
  period: { from: string; to: string };
  asOf: string;
  context: IndicatorContext;
  /** Every record of the program, or — counted by the database — only when a section is not. */
  records: ReportRecord[];
  /** The sections counted by the database (`runReport`'s `counted`), when asked to. */
  counted?: Map<string, SectionFigures>;
  /** The data-quality counts, when counted by the database (the records not read). */
  dataQualityCounts?: { check: DataQualityCheck; count: number }[];
  displayNames: Map<string, string>;
  fund: { id: string; name: string; currency: string; facts: FundFacts } | null;
}

/**
 * Everything a report is computed from: the period, "now" (the reader's today), the rule in force at
 * the period's end (or today, if earlier), the program's records and, when a section reads it, its fund.
 * With `countInDatabase`, the sections the database counts (`adapters/report-figures.ts`) and the
 * data-quality counts come from its statements (the immigration status, sealed, opened here and folded
 * per person: report-figures-by-status.ts), and the records are read only for a section they do not count.
 */
export async function reportInputs(
  db: Executor,
  keyRing: KeyRing | undefined,
  access: ReportAccess,
  template: ResolvedTemplate,
  input: PeriodInput,
  countInDatabase = false,
): Promise<ComputedInputs> {
  const period = reportPeriod(template, input, access.today);
  // What is known today: a past period's exits are followed up to now (their quarters after exit,
  // their marks after entry), as on the outcome dashboard; the period chooses whom, not until when.
  const asOf = access.today;
  const sections = template.definition.sections;
  const needsFund = sections.some((s) => catalogue.fund.has(s.indicator));
  const needsRecords = sections.some(
    (s) => catalogue.enrolment.has(s.indicator) && !(countInDatabase && countedInDatabase(s)),
  );
  const [versions, loaded, fund] = await Promise.all([
    exitRuleVersions(db, access.program.id),
    needsRecords
      ? reportRecordsOf(db, keyRing, {
          programId: access.program.id,
          organizationIds: access.organizations.map((o) => o.id),
          period,
          timeZone: access.timeZone,
          workingLanguages: workingLanguagesOf(access.country),
        })
      : Promise.resolve({ records: [] as ReportRecord[], displayNames: new Map<string, string>() }),
    needsFund ? fundFor(db, access, input.fundId, asOf) : Promise.resolve(null),
  ]);
  const rule = ruleInForce(versions, [period.to, asOf].sort()[0] as string);
  const context = { period, asOf, unit: rule?.rule.countingUnit ?? access.program.countingUnit, rule };
  const computed = {
    period,
    asOf,
    context,
    records: loaded.records,
    displayNames: loaded.displayNames,
    fund,
  };
  if (!countInDatabase) return computed;
  // No enrolment section: no record is counted, and so no data-quality finding (as over no records).
  if (!sections.some((s) => catalogue.enrolment.has(s.indicator)))
    return { ...computed, counted: new Map(), dataQualityCounts: [] };
  const query = {
    programId: access.program.id,
    organizationIds: access.organizations.map((o) => o.id),
    period,
    asOf,
    unit: context.unit,
    monthsAfterEntry: rule?.rule.measuredMonthsAfterEntry ?? null,
    // The moments the findings fold (one is enough: the report reads none of them).
    followUpMonths: [12],
    timeZone: access.timeZone,
    workingLanguages: workingLanguagesOf(access.country),
  };
  const enrolment = await enrolmentFiguresSql(db, query, sections, keyRing);
  const outcomes = await outcomeFiguresSql(db, query, sections, keyRing);
  return {
    ...computed,
    counted: new Map([...enrolment.figures, ...outcomes]),
    dataQualityCounts: enrolment.dataQuality,
  };
}
