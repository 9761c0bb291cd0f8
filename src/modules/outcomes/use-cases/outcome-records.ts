import type { Executor } from '../../../core/db/types.js';
import { occupationSkillLevel, personSkillLevel } from '../../matching/domain/qualification-level.js';
import { keptFilesCountedAs, outcomeFactsOf } from '../../people/api.js';
import { jobSpellsOfPeopleQuery } from '../../placements/api.js';
import { programCohort, programCohortPersonIds } from '../../programs/api.js';
import { recognitionSpellsOfPeople } from '../../recognition/api.js';
import { escoIdOf, occupationRelations } from '../../reference/api.js';
import { exitsRepository } from '../adapters/exits-repository.js';
import { followUpsRepository } from '../adapters/follow-ups-repository.js';
import type {
  CredentialFact,
  FollowUpFact,
  JobSpell,
  OutcomeRecord,
  PersonFacts,
} from '../domain/records.js';
import { familyOf } from '../domain/vocabulary.js';

/** Contract types a program pays for: not what WIOA calls unsubsidized employment. */
const subsidisedContracts = new Set(['siae_insertion', 'subsidised']);

/** The ISCO skill level of an ESCO occupation, once per occupation for a whole program. */
function skillLevels() {
  const known = new Map<string, number | null>();
  const iscoOf = (escoId: string): string | null =>
    occupationRelations().facts(escoIdOf(escoId)).iscoCode ?? null;
  return {
    iscoOf,
    ofEsco(escoId: string | null): number | null {
      if (!escoId) return null;
      let level = known.get(escoId);
      if (level === undefined) {
        const isco = iscoOf(escoId);
        level = isco ? occupationSkillLevel(isco) : null;
        known.set(escoId, level);
      }
      return level;
    },
  };
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
  // One connection runs them one after the other inside the use case's transaction; each reads only
  // the columns the records carry.
  const [cohort, exits, followUps, jobs, facts, recognitions, merged] = await Promise.all([
    programCohort(db, programId, organizationIds, enteredBy),
    exitsRepository(db).currentExitFactsOfProgram(programId, organizationIds),
    followUpsRepository(db).factsOfProgram(programId, organizationIds),
    jobSpellsOfPeopleQuery(db, personIds),
    outcomeFactsOf(db, personIds),
    recognitionSpellsOfPeople(db, personIds),
    keptFilesCountedAs(db, personIds),
  ]);
  const recognitionsOf = new Map<string, typeof recognitions>();
  for (const r of recognitions) {
    const list = recognitionsOf.get(r.personId);
    if (list) list.push(r);
    else recognitionsOf.set(r.personId, [r]);
  }
  const exitOf = new Map(exits.map((e) => [e.enrolmentId, e]));
  const followUpsOf = new Map<string, FollowUpFact[]>();
  for (const f of followUps) {
    const fact: FollowUpFact = {
      months: f.months,
      dueOn: f.dueOn,
      status: f.status,
      answeredOn: f.answeredOn,
      answer: f.answer,
    };
    const list = followUpsOf.get(f.enrolmentId);
    if (list) list.push(fact);
    else followUpsOf.set(f.enrolmentId, [fact]);
  }
  const levels = skillLevels();
  const personFacts = new Map<string, PersonFacts>();
  const qualificationLevels = new Map<string, number | null>();
  for (const f of facts) {
    const highest = f.education[0];
    const formerOccupations = f.formerOccupationEscoIds.filter((id) => id !== f.currentOccupationEscoId);
    const iscedLevels = f.education.flatMap((e) => (e.iscedLevel === null ? [] : [e.iscedLevel]));
    const formerOccupationIscoCodes = formerOccupations.flatMap((id) => {
      const isco = levels.iscoOf(id);
      return isco ? [isco] : [];
    });
    // Most people share a few combinations of levels: each is decided once.
    const key = `${iscedLevels.join(',')}|${formerOccupationIscoCodes.join(',')}`;
    let qualificationSkillLevel = qualificationLevels.get(key);
    if (qualificationSkillLevel === undefined) {
      // The job held at entry is not evidence of the qualification it is compared with.
      qualificationSkillLevel = personSkillLevel({ iscedLevels, formerOccupationIscoCodes });
      qualificationLevels.set(key, qualificationSkillLevel);
    }
    personFacts.set(f.personId, {
      sex: f.sex,
      birthYear: f.birthYear,
      trainingCountry: highest?.country ?? null,
      field: highest?.field ?? null,
      arrivalYear: f.arrivalYear,
      qualificationSkillLevel,
      jobAtEntrySkillLevel: levels.ofEsco(f.currentOccupationEscoId),
    });
  }
  // A person's contracts, once per person: every enrolment of the person carries the same list.
  const jobsOf = new Map<string, JobSpell[]>();
  for (const j of jobs) {
    const job: JobSpell = {
      employerId: j.employerId,
      startsOn: j.startsOn,
      endsOn: j.endsOn,
      contractType: j.contractType,
      unsubsidized: !subsidisedContracts.has(j.contractType),
      quarterlyWageCents: j.quarterlyWageCents,
      jobSkillLevel: j.jobSkillLevel,
      personSkillLevel: j.personSkillLevel ?? personFacts.get(j.personId)?.qualificationSkillLevel ?? null,
    };
    const list = jobsOf.get(j.personId);
    if (list) list.push(job);
    else jobsOf.set(j.personId, [job]);
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
    const recognition = recognitionsOf.get(c.personId) ?? [];
    const credentials: CredentialFact[] =
      exit?.credentialObtainedOn && exit.credentialNamed
        ? [{ obtainedOn: exit.credentialObtainedOn, kind: 'certification' }]
        : [];
    // A credential recognised (a licence, a certification, a degree's equivalence), dated and typed.
    for (const r of recognition) if (r.credential) credentials.push(r.credential);
    // A file merged into another of its organization counts as the kept file (docs/duplicates.md),
    // and, alone in its household, as the kept file's household.
    const kept = merged.get(c.personId);
    const countedAs = kept?.countedAs ?? c.countingKey;
    const alone = c.householdKey === null || c.householdKey === c.personId;
    return {
      enrolmentId: c.enrolmentId,
      personId: c.personId,
      ...(countedAs ? { countedAs } : {}),
      householdKey:
        (kept && alone ? kept.keptPersonId : null) ?? c.householdKey ?? c.countingKey ?? c.personId,
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
      jobs: jobsOf.get(c.personId) ?? [],
      followUps: followUpsOf.get(c.enrolmentId) ?? [],
      credentials,
      // Training during participation is known from the exit (into training, or a credential obtained,
      // or training as its evidence), or from a recognition case (re-credentialing: evaluation, exams,
      // courses) that ran during the enrolment: started by its exit, not ended before its entry.
      inTraining:
        Boolean(
          exit &&
            (familyOf(exit.outcome) === 'training' ||
              exit.credentialNamed ||
              exit.evidenceKind === 'training'),
        ) ||
        recognition.some(
          (r) => (!exit || r.startedOn <= exit.exitOn) && (r.endedOn === null || r.endedOn >= c.enrolledOn),
        ),
      person: personFacts.get(c.personId) ?? unknownPerson,
    };
  });
  const displayNames = new Map(facts.map((f) => [f.personId, f.displayName]));
  return { records, displayNames };
}
