import { credentialAttainment } from '../../outcomes/domain/credential-attainment.js';
import { quarterAfter } from '../../outcomes/domain/dates.js';
import { employmentRateAfterExit } from '../../outcomes/domain/employment-rate-after-exit.js';
import { inPeriod, type Period, unitKeyOf } from '../../outcomes/domain/measure.js';
import { medianEarningsAfterExit } from '../../outcomes/domain/median-earnings.js';
import {
  positiveExitRateAfterEntry,
  positiveExitRateAtExit,
} from '../../outcomes/domain/positive-exit-rate.js';
import { retentionInRegion } from '../../outcomes/domain/retention-in-region.js';
import { timeToFirstJob } from '../../outcomes/domain/time-to-first-job.js';
import { underemploymentAt } from '../../outcomes/domain/underemployment.js';
import type { CountingUnit } from '../../outcomes/domain/vocabulary.js';
import {
  amountFigure,
  type BreakdownKey,
  countFigure,
  type Figure,
  figureOfMeasure,
  type IndicatorDefinition,
  type ReportRecord,
} from './indicator.js';

const everyBreakdown: readonly BreakdownKey[] = [
  'member_organization',
  'sex',
  'age_band',
  'nationality',
  'nationality_group',
  'immigration_status',
  'intake_source',
  'language_level_at_entry',
];

/** The distinct units (persons or households) of these records, sorted. */
export function unitsOf(records: readonly ReportRecord[], unit: CountingUnit): string[] {
  return [...new Set(records.map((r) => unitKeyOf(r, unit)))].sort();
}

/** Enrolled on at least one day of the period: entered by its end, not ended before its start. */
export const activeIn = (record: ReportRecord, period: Period) => {
  const ended = record.exit?.on ?? record.endedOn;
  return record.enteredOn <= period.to && (ended === null || ended >= period.from);
};

/**
 * Units whose first enrolment in the program falls in the period: a unit enrolled before it, even if
 * it enrols again, is not new.
 */
export function newUnits(records: readonly ReportRecord[], period: Period, unit: CountingUnit): string[] {
  const firstEntry = new Map<string, string>();
  for (const record of records) {
    const key = unitKeyOf(record, unit);
    const seen = firstEntry.get(key);
    if (seen === undefined || record.enteredOn < seen) firstEntry.set(key, record.enteredOn);
  }
  return [...firstEntry]
    .filter(([, on]) => inPeriod(on, period))
    .map(([key]) => key)
    .sort();
}

/** Exits whose n-th quarter after exit has ended by `asOf`: a later one is not known yet, not a failure. */
const quarterEnded = (records: readonly ReportRecord[], n: number, asOf: string) =>
  records.filter((r) => r.exit !== null && quarterAfter(r.exit.on, n).end <= asOf);

const noFigure: Figure = { value: null, numerator: 0, denominator: 0, members: [], denominatorMembers: [] };

/** Hours attended in the period by each unit that attended any. */
export function attendedHours(
  records: readonly ReportRecord[],
  period: Period,
  unit: CountingUnit,
): Map<string, number> {
  const hours = new Map<string, number>();
  // A person enrolled twice in the program attends once: their hours are read per person, not per record.
  const seenPeople = new Set<string>();
  for (const record of records) {
    if (seenPeople.has(record.personId)) continue;
    seenPeople.add(record.personId);
    const sum = record.attendance.filter((a) => inPeriod(a.on, period)).reduce((s, a) => s + a.hours, 0);
    if (sum <= 0) continue;
    const key = unitKeyOf(record, unit);
    hours.set(key, (hours.get(key) ?? 0) + sum);
  }
  return hours;
}

/** Hours kept to the quarter hour, the precision of a roll call: sums of floats never drift. */
const roundHours = (hours: number) => Math.round(hours * 4) / 4;

export const enrolmentIndicators: readonly IndicatorDefinition[] = [
  {
    code: 'people_accompanied',
    name: { fr: 'Personnes accompagnées', en: 'People accompanied' },
    unit: 'units',
    countingRule: {
      fr: 'Unités (personnes ou ménages) inscrites au moins un jour de la période : entrées avant sa fin, sans sortie avant son début. Les inscriptions retirées (jamais commencées) ne comptent pas.',
      en: 'Units (persons or households) enrolled on at least one day of the period: entered by its end, not exited before its start. Withdrawn enrolments (never started) do not count.',
    },
    breakdowns: everyBreakdown,
    suppressible: true,
    compute: (records, { period, unit }) =>
      countFigure(
        unitsOf(
          records.filter((r) => activeIn(r, period)),
          unit,
        ),
      ),
  },
  {
    code: 'new_entries',
    name: { fr: 'Nouvelles entrées', en: 'New entries' },
    unit: 'units',
    countingRule: {
      fr: 'Unités dont la première inscription au programme tombe dans la période (une réinscription ne compte pas).',
      en: 'Units whose first enrolment in the program falls in the period (enrolling again does not count).',
    },
    breakdowns: everyBreakdown,
    suppressible: true,
    compute: (records, { period, unit }) => countFigure(newUnits(records, period, unit)),
  },
  {
    code: 'exits',
    name: { fr: 'Sorties', en: 'Exits' },
    unit: 'units',
    countingRule: {
      fr: 'Unités ayant une sortie (version en vigueur) datée dans la période.',
      en: 'Units with an exit (its current version) dated in the period.',
    },
    breakdowns: everyBreakdown,
    suppressible: true,
    compute: (records, { period, unit }) =>
      countFigure(
        unitsOf(
          records.filter((r) => r.exit !== null && inPeriod(r.exit.on, period)),
          unit,
        ),
      ),
  },
  {
    code: 'positive_exit_rate',
    name: { fr: 'Taux de sorties positives', en: 'Positive exit rate' },
    unit: 'rate',
    countingRule: {
      fr: 'Sorties datées dans la période jugées positives par la règle du programme en vigueur à leur date, sur toutes les sorties de la période moins les exclusions de la règle.',
      en: "Exits dated in the period that the program's rule in force on their date found positive, over all the period's exits less the rule's exclusions.",
    },
    breakdowns: everyBreakdown,
    suppressible: true,
    compute: (records, { period, unit }) => figureOfMeasure(positiveExitRateAtExit(records, period, unit)),
  },
  {
    code: 'positive_exit_rate_after_entry',
    name: {
      fr: "Taux de sorties positives N mois après l'entrée",
      en: 'Positive exit rate N months after entry',
    },
    unit: 'rate',
    countingRule: {
      fr: "Entrées de la période dont l'échéance (mois de la règle, impulseR : 18) est arrivée ; positives si sorties avant l'échéance avec un verdict positif. Sans mesure à N mois dans la règle : pas de valeur.",
      en: "Entries of the period whose mark (the rule's months, impulseR: 18) has come; positive when exited by the mark with a positive verdict. No such months in the rule: no value.",
    },
    breakdowns: everyBreakdown,
    suppressible: true,
    compute: (records, { period, unit, asOf, rule }) => {
      const months = rule?.rule.measuredMonthsAfterEntry ?? null;
      if (months === null) return noFigure;
      return figureOfMeasure(positiveExitRateAfterEntry(records, period, { months, asOf, unit }));
    },
  },
  {
    code: 'employment_rate_q2',
    name: {
      fr: "Taux d'emploi au 2e trimestre après la sortie",
      en: 'Employment rate, 2nd quarter after exit',
    },
    unit: 'rate',
    countingRule: {
      fr: 'Sorties de la période dont le 2e trimestre suivant est terminé, moins les exclusions ; en emploi non aidé pendant ce trimestre (contrat ou suivi déclaré).',
      en: 'Exits of the period whose 2nd quarter after has ended, less exclusions; in unsubsidized employment during that quarter (a contract or a follow-up answer).',
    },
    breakdowns: everyBreakdown,
    suppressible: true,
    compute: (records, { period, unit, asOf }) =>
      figureOfMeasure(employmentRateAfterExit(quarterEnded(records, 2, asOf), { period, quarter: 2, unit })),
  },
  {
    code: 'employment_rate_q4',
    name: {
      fr: "Taux d'emploi au 4e trimestre après la sortie",
      en: 'Employment rate, 4th quarter after exit',
    },
    unit: 'rate',
    countingRule: {
      fr: 'Comme au 2e trimestre, pour le 4e trimestre suivant la sortie.',
      en: 'As for the 2nd quarter, for the 4th quarter after exit.',
    },
    breakdowns: everyBreakdown,
    suppressible: true,
    compute: (records, { period, unit, asOf }) =>
      figureOfMeasure(employmentRateAfterExit(quarterEnded(records, 4, asOf), { period, quarter: 4, unit })),
  },
  {
    code: 'median_quarterly_earnings',
    name: {
      fr: 'Salaire trimestriel médian (T2 après la sortie)',
      en: 'Median quarterly earnings (Q2 after exit)',
    },
    unit: 'amount_cents',
    countingRule: {
      fr: 'Médiane des salaires du 2e trimestre après la sortie des personnes sorties dans la période et en emploi ce trimestre ; celles sans emploi ne comptent pas pour 0.',
      en: 'Median of the 2nd-quarter wages of people who exited in the period and were employed that quarter; those without a job are left out, not counted as 0.',
    },
    breakdowns: ['member_organization', 'sex', 'age_band'],
    suppressible: true,
    compute: (records, { period }) => {
      const median = medianEarningsAfterExit(records, { period });
      return amountFigure(median.medianCents, median.members.counted);
    },
  },
  {
    code: 'credential_attainment',
    name: { fr: "Obtention d'un titre", en: 'Credential attainment' },
    unit: 'rate',
    countingRule: {
      fr: "Sortants de la période qui étaient en formation ; un titre reconnu obtenu entre l'entrée et un an après la sortie (une re-certification compte, un certificat d'aptitude au travail jamais).",
      en: 'Exiters of the period who were in training; a recognised credential obtained between entry and a year after exit (a re-licensure counts, a work-readiness certificate never).',
    },
    breakdowns: everyBreakdown,
    suppressible: true,
    compute: (records, { period, unit }) => figureOfMeasure(credentialAttainment(records, { period, unit })),
  },
  {
    code: 'settled_in_region',
    name: { fr: 'Installés en région', en: 'Settled in a region' },
    unit: 'units',
    countingRule: {
      fr: 'Unités dont la sortie datée dans la période est une installation en région.',
      en: 'Units whose exit dated in the period is a move to a region.',
    },
    breakdowns: everyBreakdown,
    suppressible: true,
    compute: (records, { period, unit }) =>
      countFigure(
        unitsOf(
          records.filter(
            (r) => r.exit !== null && r.exit.outcome === 'moved_to_region' && inPeriod(r.exit.on, period),
          ),
          unit,
        ),
      ),
  },
  {
    code: 'retention_in_region_12',
    name: { fr: 'Toujours en région à 12 mois', en: 'Still in the region at 12 months' },
    unit: 'rate',
    countingRule: {
      fr: 'Installations en région de la période dont le suivi à 12 mois est échu ; celles dont le suivi dit « toujours en région ». Injoignable : au dénominateur, pas au numérateur.',
      en: 'Moves to a region in the period whose 12-month follow-up is due; those whose follow-up says "still in the region". Unreachable: in the denominator, not the numerator.',
    },
    breakdowns: everyBreakdown,
    suppressible: true,
    compute: (records, { period, unit, asOf }) =>
      figureOfMeasure(retentionInRegion(records, { period, months: 12, asOf, unit })),
  },
  {
    code: 'with_signed_plan',
    name: { fr: 'Avec un plan de carrière signé', en: 'With a signed career plan' },
    unit: 'units',
    countingRule: {
      fr: 'Unités accompagnées dans la période dont une personne a signé un plan de carrière au plus tard à sa fin.',
      en: 'Units accompanied in the period with a person who signed a career plan by its end.',
    },
    breakdowns: everyBreakdown,
    suppressible: true,
    compute: (records, { period, unit }) =>
      countFigure(
        unitsOf(
          records.filter(
            (r) => activeIn(r, period) && r.planSignedOn !== null && r.planSignedOn <= period.to,
          ),
          unit,
        ),
      ),
  },
  {
    code: 'training_hours',
    name: { fr: 'Heures de formation suivies', en: 'Training hours attended' },
    unit: 'hours',
    countingRule: {
      fr: 'Heures de présence aux séances collectives du programme dans la période (présence en direct, au quart d’heure).',
      en: "Hours present at the program's collective sessions in the period (live attendance, to the quarter hour).",
    },
    breakdowns: everyBreakdown,
    // A sum of one person's hours is theirs: read by funders only when made of at least ten people.
    suppressible: true,
    compute: (records, { period, unit }) => {
      const hours = attendedHours(records, period, unit);
      const total = [...hours.values()].reduce((s, h) => s + h, 0);
      return amountFigure(roundHours(total), [...hours.keys()].sort());
    },
  },
  {
    code: 'underemployment_rate',
    name: { fr: 'Taux de sous-emploi', en: 'Underemployment rate' },
    unit: 'rate',
    countingRule: {
      fr: "Parmi les sortants de la période en emploi à la fin de la période (ou aujourd'hui) dont les deux niveaux sont connus : emploi d'un niveau de compétence CITP inférieur à celui de la personne.",
      en: "Among the period's exiters employed at its end (or today) with both levels known: a job of a lower ISCO skill level than the person's.",
    },
    breakdowns: ['member_organization', 'sex', 'age_band', 'nationality', 'nationality_group'],
    suppressible: true,
    compute: (records, { period, asOf }) => {
      const exited = records.filter((r) => r.exit !== null && inPeriod(r.exit.on, period));
      // Days as 'YYYY-MM-DD' sort as they fall: the earlier of today and the period's end.
      const u = underemploymentAt(exited, [asOf, period.to].sort()[0] as string);
      return {
        value: u.rate,
        numerator: u.underemployed,
        denominator: u.knownLevels,
        members: u.members.underemployed,
        denominatorMembers: [...u.members.underemployed, ...u.members.matched].sort(),
      };
    },
  },
  {
    code: 'median_days_to_first_job',
    name: { fr: 'Délai médian jusqu’au premier emploi (jours)', en: 'Median days to first job' },
    unit: 'days',
    countingRule: {
      fr: "Entrées de la période ayant eu un contrat : médiane des jours entre l'entrée et le premier contrat.",
      en: 'Entries of the period who got a contract: median of the days from entry to the first contract.',
    },
    breakdowns: ['member_organization', 'sex', 'age_band'],
    suppressible: true,
    compute: (records, { period, unit, asOf }) => {
      const t = timeToFirstJob(records, { period, asOf, unit });
      return amountFigure(t.medianDays, Object.keys(t.days).sort());
    },
  },
];
