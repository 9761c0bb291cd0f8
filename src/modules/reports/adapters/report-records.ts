import type { KeyRing } from '../../../core/crypto/key-ring.js';
import type { Executor } from '../../../core/db/types.js';
import { outcomeRecordsOf } from '../../outcomes/api.js';
import { reportFactsOf } from '../../people/api.js';
import { firstPlanSignatures } from '../../plans/api.js';
import { cohortReportFacts, programCohortPersonIds } from '../../programs/api.js';
import { attendanceOfPeople } from '../../sessions/api.js';
import type { ReportRecord } from '../domain/indicator.js';
import { languageLevelAtEntry } from '../domain/language-at-entry.js';

export interface ReportScope {
  programId: string;
  organizationIds: readonly string[];
  period: { from: string; to: string };
  timeZone: string;
  workingLanguages: readonly string[];
}

/**
 * The records a program's report computes over: its enrolments entered by the period's end, each with
 * its outcome record and what reports add (intake source, end, nationality, status, language level at
 * entry, first plan signature, attendance in the period). Names are kept apart for a drill-down.
 */
export async function reportRecordsOf(
  db: Executor,
  keyRing: KeyRing | undefined,
  scope: ReportScope,
): Promise<{ records: ReportRecord[]; displayNames: Map<string, string> }> {
  const { programId, organizationIds, period } = scope;
  const personIds = () => programCohortPersonIds(db, programId, organizationIds, period.to);
  const [outcomes, enrolments, facts, signatures, attendance] = await Promise.all([
    outcomeRecordsOf(db, programId, organizationIds, period.to),
    cohortReportFacts(db, programId, organizationIds, period.to),
    reportFactsOf(db, keyRing, personIds()),
    firstPlanSignatures(db, personIds()),
    attendanceOfPeople(db, { programId, personIds: personIds(), ...period, timeZone: scope.timeZone }),
  ]);
  const enrolmentOf = new Map(enrolments.map((e) => [e.enrolmentId, e]));
  const factsOf = new Map(facts.map((f) => [f.personId, f]));
  const signedOn = new Map(signatures.map((s) => [s.personId, s.signedOn]));
  const attendanceOf = new Map<string, { on: string; hours: number }[]>();
  for (const row of attendance) {
    const list = attendanceOf.get(row.personId) ?? [];
    list.push({ on: row.on, hours: row.minutes / 60 });
    attendanceOf.set(row.personId, list);
  }
  const records = outcomes.records.map((record): ReportRecord => {
    const enrolment = enrolmentOf.get(record.enrolmentId);
    const person = factsOf.get(record.personId);
    return {
      ...record,
      intakeSource: enrolment?.intakeSource ?? 'unknown',
      endedOn: enrolment?.endedOn ?? null,
      nationality: person?.nationality ?? null,
      immigrationStatus: person?.immigrationStatus ?? null,
      languageLevelAtEntry: languageLevelAtEntry(
        person?.languageLevels ?? [],
        scope.workingLanguages,
        record.enteredOn,
      ),
      planSignedOn: signedOn.get(record.personId) ?? null,
      attendance: attendanceOf.get(record.personId) ?? [],
    };
  });
  return { records, displayNames: outcomes.displayNames };
}
