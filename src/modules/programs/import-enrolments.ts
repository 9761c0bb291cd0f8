import { type Actor, requireRole } from '../../core/auth/actor.js';
import type { Executor } from '../../core/db/types.js';
import { organizationsApi } from '../organizations/api.js';
import { draftEligibilityFacts, type ImportEnrolments, type PersonDraft } from '../people/api.js';
import { type ProgramRecord, programsRepository } from './adapters/programs-repository.js';
import { evaluateEligibility } from './domain/eligibility.js';
import { explainResult } from './domain/explain.js';
import { programErrors } from './errors.js';
import { enrolmentRoles } from './use-cases/enrol-person.js';
import { visibleProgram } from './use-cases/program-access.js';
import { decideEnrolment, recordEnrolment } from './use-cases/record-enrolment.js';

type Row = { person: PersonDraft; request: Parameters<ImportEnrolments['check']>[3][number]['request'] };

/**
 * The enrolment's rules on files the import opens (docs/people-import.md): the program open to the
 * organization, its eligibility rules evaluated on the file as the enrol panel evaluates them (no
 * override: the import carries no justification), written with its evaluation, timeline events and
 * audit entry by the enrolment's own `recordEnrolment`. A file just opened has no enrolment, so
 * "already enrolled" cannot arise. Each program is read once, and the organization's day once.
 */
async function evaluateAll(db: Executor, actor: Actor, now: Date, rows: readonly Row[]) {
  requireRole(actor, enrolmentRoles);
  const today = rows.length > 0 ? await organizationsApi(db).todayOf(actor.organizationId, now) : '';
  const programs = new Map<string, ProgramRecord>();
  const evaluated = [];
  for (const { person, request } of rows) {
    let program = programs.get(request.programId);
    if (!program) {
      program = await visibleProgram(db, actor, request.programId);
      if (program.status !== 'active') throw programErrors.programNotOpen();
      programs.set(program.id, program);
    }
    const facts = draftEligibilityFacts(person, actor.organizationId);
    evaluated.push({
      program,
      evaluation: evaluateEligibility(program.rules, facts, request.enrolledOn ?? today),
    });
  }
  return evaluated;
}

export const importEnrolments: ImportEnrolments = {
  async programsOf(db, actor) {
    const consortia = [...new Set([...actor.consortiumIds, ...actor.coordinatedConsortiumIds])];
    const programs = await programsRepository(db).visiblePrograms(actor.organizationId, consortia);
    return programs.map((p) => ({
      id: p.id,
      code: p.code,
      nameFr: p.nameFr,
      nameEn: p.nameEn,
      open: p.status === 'active',
    }));
  },

  async check(db, actor, now, rows) {
    return (await evaluateAll(db, actor, now, rows)).map(({ evaluation }) =>
      evaluation.verdict === 'eligible'
        ? null
        : {
            verdict: evaluation.verdict,
            explanations: evaluation.results
              .filter((result) => result.outcome !== 'passed')
              .map((result) => ({ en: explainResult(result, 'en'), fr: explainResult(result, 'fr') })),
          },
    );
  },

  async enrol(scope, actor, enrolments) {
    const evaluated = await evaluateAll(scope.trx, actor, scope.now, enrolments);
    const ids: string[] = [];
    for (const [index, { personId, person, request }] of enrolments.entries()) {
      const { program, evaluation } = evaluated[index] as (typeof evaluated)[number];
      const enrolment = { enrolledOn: request.enrolledOn, intake: { source: request.intakeSource } };
      // Refused here too, whatever the preview said: the whole import then writes nothing.
      const { overridden } = decideEnrolment(evaluation, enrolment, actor, 'en');
      ids.push(
        await recordEnrolment(scope, actor, {
          program,
          facts: draftEligibilityFacts(person, actor.organizationId, personId),
          evaluation,
          overridden,
          request: enrolment,
        }),
      );
    }
    return ids;
  },
};
