import { outcomeRecord, personFacts } from '../../outcomes/domain/records.fixture.js';
import type { PersonFacts } from '../../outcomes/domain/records.js';
import type { ReportRecord } from './indicator.js';

/** A report record with nothing happening: enrolled on 5 January 2026, no exit, no activity. */
export const reportRecord = (
  over: Partial<Omit<ReportRecord, 'person'>> & { personId: string; person?: Partial<PersonFacts> },
): ReportRecord => ({
  ...outcomeRecord({ personId: over.personId }),
  intakeSource: 'walk_in',
  endedOn: null,
  nationality: null,
  immigrationStatus: null,
  languageLevelAtEntry: null,
  planSignedOn: null,
  attendance: [],
  ...over,
  person: personFacts(over.person),
});
