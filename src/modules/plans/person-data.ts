/** The plans module's part in the person's rights (export, anonymization), through `api.ts`. */
import type { Executor } from '../../core/db/types.js';
import { plansPersonDataRepository } from './adapters/person-data-repository.js';

/** The person's career plans with their goals and steps, as recorded. */
export async function personDataFor(db: Executor, organizationId: string, personId: string) {
  const { plans, goals, steps } = await plansPersonDataRepository(db).plans(organizationId, personId);
  return plans.map((plan) => ({
    id: plan.id,
    programId: plan.program_id,
    status: plan.status,
    language: plan.language,
    targetField: plan.target_field,
    targetJobTitles: plan.target_job_titles,
    escoOccupationId: plan.esco_occupation_id,
    barriers: plan.barriers,
    courses: plan.courses,
    experienceOpportunities: plan.experience_opportunities,
    credentialRequirements: plan.credential_requirements,
    credentialRecognition: plan.credential_recognition,
    localEmployers: plan.local_employers,
    contacts: plan.contacts,
    revision: plan.revision,
    signedRevision: plan.signed_revision,
    signedOn: plan.signed_on,
    signMethod: plan.sign_method,
    closedOn: plan.closed_on,
    createdAt: plan.created_at.toISOString(),
    goals: goals
      .filter((g) => g.plan_id === plan.id)
      .map((goal) => ({
        kind: goal.kind,
        title: goal.title,
        targetDate: goal.target_date,
        targetLevel: goal.target_level,
        steps: steps
          .filter((s) => s.goal_id === goal.id)
          .map((s) => ({
            title: s.title,
            dueOn: s.due_on,
            actor: s.actor,
            partnerName: s.partner_name,
            status: s.status,
            startedOn: s.started_on,
            doneOn: s.done_on,
            abandonedOn: s.abandoned_on,
            abandonedReason: s.abandoned_reason,
            evidenceNote: s.evidence_note,
            evidenceDocumentId: s.evidence_document_id,
          })),
      })),
  }));
}

/** Keeps plans, goals and steps (figures count them) without names and free texts. */
export function anonymizePersonData(db: Executor, organizationId: string, personId: string) {
  return plansPersonDataRepository(db).anonymize(organizationId, personId);
}
