import type { Actor } from '../../../core/auth/actor.js';
import { hasRole } from '../../../core/auth/actor.js';
import type { KeyRing } from '../../../core/crypto/key-ring.js';
import type { Executor } from '../../../core/db/types.js';
import { DEFAULT_TIME_ZONE } from '../../../core/time-zone.js';
import { applicationsPersonData } from '../../applications/api.js';
import { documentsPersonData } from '../../documents/api.js';
import { followUpPersonData } from '../../follow-up/api.js';
import { frontDoorPersonData } from '../../front-door/api.js';
import { handoffsPersonData } from '../../handoffs/api.js';
import { immersionsPersonData } from '../../immersions/api.js';
import { loanFundPersonData } from '../../loan-fund/api.js';
import { matchingPersonData } from '../../matching/api.js';
import { movesPersonData } from '../../moves/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { outcomesPersonData } from '../../outcomes/api.js';
import { outreachPersonData } from '../../outreach/api.js';
import { peoplePrivacy } from '../../people/api.js';
import { placementsPersonData } from '../../placements/api.js';
import { plansPersonData } from '../../plans/api.js';
import { programsPersonData } from '../../programs/api.js';
import { recognitionPersonData } from '../../recognition/api.js';
import { referralsPersonData } from '../../referrals/api.js';
import { regionsPersonData } from '../../regions/api.js';
import { relocationAidPersonData } from '../../relocation-aid/api.js';
import { relocationPlansPersonData } from '../../relocation-plans/api.js';
import { sessionsPersonData } from '../../sessions/api.js';
import { tasksPersonData } from '../../tasks/api.js';
import { timelinePersonData } from '../../timeline/api.js';
import { sensitiveDataRoles } from '../domain/privacy-roles.js';
import { privacyErrors } from '../errors.js';

export const exportSections = [
  'file',
  'consents',
  'enrolments',
  'plans',
  'appointments',
  'notes',
  'sessions',
  'loans',
  'documents',
  'tasks',
  'applications',
  'jobWishes',
  'placements',
  'immersions',
  'exits',
  'exitFollowUps',
  'recognition',
  'outreach',
  'referrals',
  'handoffs',
  'exploratoryStays',
  'relocationPlans',
  'relocationAid',
  'frontDoor',
  'moves',
  'timeline',
] as const;
export type ExportSection = (typeof exportSections)[number];

/**
 * Everything the organization holds on the person, one section per module, as the actor may read
 * it: immigration status details, health barriers and identity papers only for roles that see sensitive data; a confidential note's text only for its author and the referent.
 */
export async function gatherPersonExport(
  db: Executor,
  keyRing: KeyRing | undefined,
  actor: Actor,
  personId: string,
  now: Date,
) {
  const organizationId = actor.organizationId;
  const sensitive = hasRole(actor, sensitiveDataRoles);
  const file = await peoplePrivacy.personDataFor(db, organizationId, personId, { sensitive, keyRing });
  if (!file) throw privacyErrors.personNotFound();
  const state = await peoplePrivacy.personPrivacyState(db, organizationId, personId);
  const { consents, ...rest } = file;
  const [organization, enrolments, plans, followUp, sessions, loans, documents, tasks, timeline, immersions] =
    await Promise.all([
      organizationsApi(db).findOrganization(organizationId),
      programsPersonData.personDataFor(db, organizationId, personId),
      plansPersonData.personDataFor(db, organizationId, personId),
      followUpPersonData.personDataFor(db, organizationId, personId, {
        userId: actor.userId,
        referentUserId: file.identity.referentUserId,
      }),
      sessionsPersonData.personDataFor(db, organizationId, personId),
      loanFundPersonData.personDataFor(db, organizationId, personId),
      documentsPersonData.personDataFor(db, organizationId, personId, { sensitive }),
      tasksPersonData.personDataFor(db, organizationId, personId),
      timelinePersonData.personDataFor(db, organizationId, personId, actor),
      immersionsPersonData.personDataFor(db, organizationId, personId),
    ]);
  const placements = await placementsPersonData.personDataFor(db, organizationId, personId);
  const matching = await matchingPersonData.personDataFor(db, organizationId, personId);
  const applications = await applicationsPersonData.personDataFor(db, organizationId, personId);
  const outcomes = await outcomesPersonData.personDataFor(db, organizationId, personId);
  const recognition = await recognitionPersonData.personDataFor(db, organizationId, personId);
  const outreach = await outreachPersonData.personDataFor(db, organizationId, personId);
  const referrals = await referralsPersonData.personDataFor(db, organizationId, personId);
  const handoffs = await handoffsPersonData.personDataFor(db, organizationId, personId);
  const stays = await regionsPersonData.personDataFor(db, organizationId, personId);
  const relocationPlans = await relocationPlansPersonData.personDataFor(db, organizationId, personId);
  const relocationAid = await relocationAidPersonData.personDataFor(db, organizationId, personId);
  const frontDoor = await frontDoorPersonData.personDataFor(db, organizationId, personId);
  const moves = await movesPersonData.personDataFor(db, organizationId, personId);
  const sections = {
    file: rest,
    consents,
    enrolments,
    plans,
    appointments: followUp.appointments,
    notes: followUp.notes,
    sessions,
    loans,
    documents,
    tasks: tasks.tasks,
    applications: applications.applications,
    jobWishes: matching.jobWishes,
    placements: placements.placements,
    immersions: immersions.immersions,
    exits: outcomes.exits,
    exitFollowUps: outcomes.followUps,
    recognition: recognition.cases,
    outreach: outreach.leads,
    referrals: referrals.referrals,
    handoffs: handoffs.handoffs,
    exploratoryStays: stays.exploratoryStays,
    relocationPlans: relocationPlans.relocationPlans,
    relocationAid: relocationAid.relocationAid,
    frontDoor: frontDoor.frontDoorRequests,
    moves: moves.moves,
    timeline: timeline.events,
  };
  const counts: Record<ExportSection, number> = {
    file: 1,
    consents: consents.length,
    enrolments: enrolments.length,
    plans: plans.length,
    appointments: followUp.appointments.length,
    notes: followUp.notes.length,
    sessions: sessions.enrolments.length + sessions.signupRequests.length,
    loans: loans.applications.length + loans.loans.length,
    documents: documents.length,
    tasks: tasks.tasks.length,
    applications: applications.applications.length,
    jobWishes: matching.jobWishes.length,
    placements: placements.placements.length,
    immersions: immersions.immersions.length,
    exits: outcomes.exits.length,
    exitFollowUps: outcomes.followUps.length,
    recognition: recognition.cases.length,
    outreach: outreach.leads.length,
    referrals: referrals.referrals.length,
    handoffs: handoffs.handoffs.length,
    exploratoryStays: stays.exploratoryStays.length,
    relocationPlans: relocationPlans.relocationPlans.length,
    relocationAid: relocationAid.relocationAid.length,
    frontDoor: frontDoor.frontDoorRequests.length,
    moves: moves.moves.length,
    timeline: timeline.events.length,
  };
  return {
    format: 'passerelle.person-data' as const,
    version: 1,
    exportedAt: now.toISOString(),
    // Instants stay ISO (UTC) for machines; the zone says how the organization reads them.
    organization: {
      id: organizationId,
      name: organization?.name ?? '',
      timeZone: organization?.timeZone ?? DEFAULT_TIME_ZONE,
    },
    personId,
    privacy: {
      restricted: Boolean(state?.restrictedAt),
      anonymized: Boolean(state?.anonymizedAt),
      pseudonym: state?.pseudonym ?? null,
    },
    sensitiveHidden: !sensitive,
    confidentialNotesHidden: followUp.confidentialHidden,
    timelineComplete: timeline.complete,
    counts,
    sections,
  };
}

export type PersonExport = Awaited<ReturnType<typeof gatherPersonExport>>;
