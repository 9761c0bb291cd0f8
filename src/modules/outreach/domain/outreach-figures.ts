import { type LeadOutcome, type LeadSource, leadOutcomes, leadSources } from './vocabulary.js';

/** What the figures read of one lead. Days 'YYYY-MM-DD'. */
export interface LeadFact {
  source: LeadSource;
  metOn: string;
  outcome: LeadOutcome | null;
  outcomeOn: string | null;
}

export interface OutreachRow {
  /** Leads first met in the period. */
  met: number;
  /** Of those, still open (no outcome yet, or an outcome after the period's end). */
  open: number;
  outcomes: Record<LeadOutcome, number>;
  /** Enrolled among the leads decided by the period's end; null when none is decided. */
  conversionRate: number | null;
  /** Median days from the first meeting to enrolment, over the enrolled; null when none. */
  medianDaysToEnrolment: number | null;
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function rowOf(leads: readonly LeadFact[], periodEnd: string): OutreachRow {
  const outcomes = Object.fromEntries(leadOutcomes.map((o) => [o, 0])) as Record<LeadOutcome, number>;
  const toEnrolment: number[] = [];
  let open = 0;
  for (const lead of leads) {
    // An outcome recorded after the period's end was not known at its end: the lead was still open.
    if (lead.outcome === null || lead.outcomeOn === null || lead.outcomeOn > periodEnd) {
      open += 1;
      continue;
    }
    outcomes[lead.outcome] += 1;
    if (lead.outcome === 'enrolled') toEnrolment.push(Math.max(0, daysBetween(lead.metOn, lead.outcomeOn)));
  }
  const decided = leads.length - open;
  return {
    met: leads.length,
    open,
    outcomes,
    conversionRate: decided === 0 ? null : outcomes.enrolled / decided,
    medianDaysToEnrolment: median(toEnrolment),
  };
}

/**
 * The repérage of a period: the leads first met in it, by source and in all, each with what became of
 * them by the period's end and how many of the decided ones were enrolled.
 */
export function outreachFigures(leads: readonly LeadFact[], period: { from: string; to: string }) {
  const inPeriod = leads.filter((l) => l.metOn >= period.from && l.metOn <= period.to);
  return {
    total: rowOf(inPeriod, period.to),
    bySource: leadSources
      .map((source) => ({
        source,
        ...rowOf(
          inPeriod.filter((l) => l.source === source),
          period.to,
        ),
      }))
      .filter((row) => row.met > 0),
  };
}
