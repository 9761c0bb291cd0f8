import type { Executor } from '../../../core/db/types.js';
import { occupationSkillLevel, personSkillLevel } from '../../matching/domain/qualification-level.js';
import { outcomeFactsOf } from '../../people/api.js';
import { jobSpellsOfPeople } from '../../placements/api.js';
import { programCohort, programCohortPersonIds } from '../../programs/api.js';
import { escoIdOf, occupationRelations } from '../../reference/api.js';
import { exitsRepository } from '../adapters/exits-repository.js';
import { followUpsRepository } from '../adapters/follow-ups-repository.js';
import type { OutcomeRecord, PersonFacts } from '../domain/records.js';
import { familyOf } from '../domain/vocabulary.js';

/** Contract types a program pays for: not what WIOA calls unsubsidized employment. */
const subsidisedContracts = new Set(['siae_insertion', 'subsidised']);

// Node 20 has no Map.groupBy.
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function skillLevelOfEsco(escoId: string | null): number | null {
  if (!escoId) return null;
  const isco = occupationRelations().facts(escoIdOf(escoId)).iscoCode;
  return isco ? occupationSkillLevel(isco) : null;
}

/**
 * The dated records of a program's enrolments entered by `enteredBy` in these organizations, each
 * with its current exit, its follow-ups, the person's contracts and the facts the breakdowns need.
 * `displayNames` keeps the names for a drill-down; statistics never read them.
 */
export async function outcomeRecordsOf(
  db: Executor,
  programId: string,
  organizationIds: readonly string[],
  enteredBy: string,
): Promise<{ records: OutcomeRecord[]; displayNames: Map<string, string> }> {
  // The program's people as a subquery, never as a list of ids: a large program would bind more
  // parameters than a statement takes.
  const personIds = programCohortPersonIds(db, programId, organizationIds, enteredBy);
  const [cohort, exits, followUps, jobs, facts] = await Promise.all([
    programCohort(db, programId, organizationIds, enteredBy),
    exitsRepository(db).currentExitsOfProgram(programId, organizationIds),
    followUpsRepository(db).ofProgram(programId, organizationIds),
    jobSpellsOfPeople(db, personIds),
    outcomeFactsOf(db, personIds),
  ]);
  const exitOf = new Map(exits.map((e) => [e.enrolmentId, e]));
  const followUpsOf = groupBy(followUps, (f) => f.enrolmentId);
  const jobsOf = groupBy(jobs, (j) => j.personId);
  const factsOf = new Map(facts.map((f) => [f.personId, f]));
  const personFacts = new Map<string, PersonFacts>();
  for (const f of facts) {
    const highest = f.education[0];
    const formerOccupations = f.formerOccupationEscoIds.filter((id) => id !== f.currentOccupationEscoId);
    personFacts.set(f.personId, {
      sex: f.sex,
      birthYear: f.birthYear,
      trainingCountry: highest?.country ?? null,
      field: highest?.field ?? null,
      arrivalYear: f.arrivalYear,
      // The job held at entry is not evidence of the qualification it is compared with.
      qualificationSkillLevel: personSkillLevel({
        iscedLevels: f.education.flatMap((e) => (e.iscedLevel === null ? [] : [e.iscedLevel])),
        formerOccupationIscoCodes: formerOccupations.flatMap((id) => {
          const isco = occupationRelations().facts(escoIdOf(id)).iscoCode;
          return isco ? [isco] : [];
        }),
      }),
      jobAtEntrySkillLevel: skillLevelOfEsco(f.currentOccupationEscoId),
    });
  }
  const unknownPerson: PersonFacts = {
    sex: null,
    birthYear: null,
    trainingCountry: null,
    field: null,
    arrivalYear: null,
    qualificationSkillLevel: null,
    jobAtEntrySkillLevel: null,
  };
  const records = cohort.map((c): OutcomeRecord => {
    const exit = exitOf.get(c.enrolmentId);
    return {
      enrolmentId: c.enrolmentId,
      personId: c.personId,
      householdKey: c.householdKey ?? c.personId,
      programId,
      organizationId: c.organizationId,
      enteredOn: c.enrolledOn,
      exit: exit
        ? {
            on: exit.exitOn,
            outcome: exit.outcome,
            contractStartOn: exit.contractStartOn,
            contractEndOn: exit.contractEndOn,
            region: exit.region,
            verdict: exit.verdict,
            ruleVersion: exit.ruleVersion,
          }
        : null,
      jobs: (jobsOf.get(c.personId) ?? []).map((j) => ({
        employerId: j.employerId,
        startsOn: j.startsOn,
        endsOn: j.endsOn,
        contractType: j.contractType,
        unsubsidized: !subsidisedContracts.has(j.contractType),
        quarterlyWageCents: j.quarterlyWageCents,
        jobSkillLevel: j.jobSkillLevel,
        personSkillLevel: j.personSkillLevel ?? personFacts.get(c.personId)?.qualificationSkillLevel ?? null,
      })),
      followUps: (followUpsOf.get(c.enrolmentId) ?? []).map((f) => ({
        months: f.months,
        dueOn: f.dueOn,
        status: f.status,
        answeredOn: f.answeredOn,
        answer: f.answer,
      })),
      credentials:
        exit?.credentialObtainedOn && exit.credentialName
          ? [{ obtainedOn: exit.credentialObtainedOn, kind: 'certification' as const }]
          : [],
      // Training during participation is known today from the exit (into training, or a credential
      // obtained, or training as its evidence); training enrolments of their own come with recognition.
      inTraining: Boolean(
        exit &&
          (familyOf(exit.outcome) === 'training' || exit.credentialName || exit.evidenceKind === 'training'),
      ),
      person: personFacts.get(c.personId) ?? unknownPerson,
    };
  });
  const displayNames = new Map([...factsOf].map(([id, f]) => [id, f.displayName]));
  return { records, displayNames };
}
