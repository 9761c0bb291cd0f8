import type { ExitFact, FollowUpFact, JobSpell, OutcomeRecord, PersonFacts } from './records.js';
import type { RuleVersion } from './rule.js';
import type { FollowUpAnswer } from './vocabulary.js';

/** Builders for the measures' tests: a record with nothing happening, and the facts to add to it. */

export const personFacts = (over: Partial<PersonFacts> = {}): PersonFacts => ({
  sex: null,
  birthYear: null,
  trainingCountry: null,
  field: null,
  arrivalYear: null,
  qualificationSkillLevel: null,
  jobAtEntrySkillLevel: null,
  ...over,
});

export const outcomeRecord = (
  over: Partial<Omit<OutcomeRecord, 'person'>> & { personId: string; person?: Partial<PersonFacts> },
): OutcomeRecord => ({
  enrolmentId: `enrolment-${over.personId}`,
  householdKey: over.personId,
  programId: 'program',
  organizationId: 'organization',
  enteredOn: '2026-01-05',
  exit: null,
  jobs: [],
  followUps: [],
  credentials: [],
  inTraining: false,
  ...over,
  person: personFacts(over.person),
});

export const exitFact = (over: Partial<ExitFact> = {}): ExitFact => ({
  on: '2026-03-31',
  outcome: 'permanent_contract',
  contractStartOn: null,
  contractEndOn: null,
  region: null,
  verdict: 'positive',
  ruleVersion: 1,
  ...over,
});

export const jobSpell = (over: Partial<JobSpell> = {}): JobSpell => ({
  employerId: 'employer',
  startsOn: '2026-04-01',
  endsOn: null,
  contractType: 'permanent',
  unsubsidized: true,
  quarterlyWageCents: null,
  jobSkillLevel: null,
  personSkillLevel: null,
  ...over,
});

export const answer = (over: Partial<FollowUpAnswer> = {}): FollowUpAnswer => ({
  employed: false,
  sameEmployer: null,
  contractType: null,
  hoursPerWeek: null,
  wageBand: null,
  inTraining: false,
  inRegion: null,
  satisfied: null,
  ...over,
});

export const followUp = (over: Partial<FollowUpFact> = {}): FollowUpFact => ({
  months: 6,
  dueOn: '2026-09-30',
  status: 'pending',
  answeredOn: null,
  answer: null,
  ...over,
});

export const answered = (on: string, given: Partial<FollowUpAnswer>, over: Partial<FollowUpFact> = {}) =>
  followUp({ status: 'answered', answeredOn: on, answer: answer(given), ...over });

export const ruleVersion = (
  over: Partial<RuleVersion['rule']> = {},
  version = 1,
  effectiveFrom = '2020-01-01',
): RuleVersion => ({
  id: `rule-${version}`,
  version,
  effectiveFrom,
  rule: {
    positiveOutcomes: ['permanent_contract', 'fixed_term_contract', 'temporary_work', 'qualifying_training'],
    fixedTermMinimumMonths: 6,
    fixedTermComparison: 'more_than',
    exclusions: ['deceased', 'moved_abroad', 'long_illness', 'institutionalised'],
    requireQualificationLevel: false,
    requireCredential: false,
    requireEmployedInField: false,
    countingUnit: 'person',
    measuredMonthsAfterEntry: null,
    followUpMonths: [3, 6, 12, 18],
    unreachableAfterAttempts: 3,
    ...over,
  },
});
