import type { KeyRing } from '../../../core/crypto/key-ring.js';
import type { Executor } from '../../../core/db/types.js';
import { applicationsPersonData } from '../../applications/api.js';
import { documentsPersonData } from '../../documents/api.js';
import { followUpPersonData } from '../../follow-up/api.js';
import { frontDoorPersonData } from '../../front-door/api.js';
import { handoffsPersonData } from '../../handoffs/api.js';
import { immersionsPersonData } from '../../immersions/api.js';
import { loanFundPersonData } from '../../loan-fund/api.js';
import { matchingPersonData } from '../../matching/api.js';
import { movesPersonData } from '../../moves/api.js';
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

/** Who anonymizes when the retention job does: the platform itself, not a staff member. */
export const retentionJobUserId = '00000000-0000-0000-0000-000000000000';

/**
 * Anonymizes a person in every module, in the caller's transaction: identifying fields and free
 * texts go, every row that a figure, a count or the fund's books rely on stays (under the
 * pseudonym). Returns how many rows each module changed (counts for the audit, never values).
 */
export async function anonymizeEverywhere(
  db: Executor,
  keyRing: KeyRing | undefined,
  organizationId: string,
  personId: string,
  change: { at: Date; by: string | null; reason: string; pseudonym: string },
) {
  const file = await peoplePrivacy.anonymizePersonFile(db, keyRing, organizationId, personId, change);
  if (!file) return undefined;
  const enrolments = await programsPersonData.anonymizePersonData(db, organizationId, personId);
  const plans = await plansPersonData.anonymizePersonData(db, organizationId, personId);
  const followUp = await followUpPersonData.anonymizePersonData(db, organizationId, personId);
  const signupRequests = await sessionsPersonData.anonymizePersonData(
    db,
    organizationId,
    personId,
    change.pseudonym,
  );
  const loans = await loanFundPersonData.anonymizePersonData(db, organizationId, personId, change.pseudonym);
  const documents = await documentsPersonData.anonymizePersonData(db, organizationId, personId, {
    by: change.by ?? retentionJobUserId,
    reason: 'anonymized',
    now: change.at,
  });
  const tasks = await tasksPersonData.anonymizePersonData(db, organizationId, personId);
  const applications = await applicationsPersonData.anonymizePersonData(db, organizationId, personId);
  const jobWishes = await matchingPersonData.anonymizePersonData(db, organizationId, personId);
  const placements = await placementsPersonData.anonymizePersonData(db, organizationId, personId);
  const immersions = await immersionsPersonData.anonymizePersonData(db, organizationId, personId);
  const outcomes = await outcomesPersonData.anonymizePersonData(db, organizationId, personId);
  const recognition = await recognitionPersonData.anonymizePersonData(db, organizationId, personId);
  const outreach = await outreachPersonData.anonymizePersonData(db, organizationId, personId, change.at);
  const referrals = await referralsPersonData.anonymizePersonData(db, organizationId, personId);
  const handoffs = await handoffsPersonData.anonymizePersonData(db, organizationId, personId);
  const exploratoryStays = await regionsPersonData.anonymizePersonData(db, organizationId, personId);
  const relocationPlans = await relocationPlansPersonData.anonymizePersonData(db, organizationId, personId);
  const relocationAid = await relocationAidPersonData.anonymizePersonData(db, organizationId, personId);
  const frontDoorRequests = await frontDoorPersonData.anonymizePersonData(
    db,
    organizationId,
    personId,
    change.at,
  );
  const moves = await movesPersonData.anonymizePersonData(db, organizationId, personId);
  const timelineEvents = await timelinePersonData.anonymizePersonData(db, organizationId, personId);
  return {
    file,
    enrolments,
    plans,
    followUp,
    signupRequests,
    loans,
    documentsErased: documents,
    tasks,
    applications,
    jobWishes,
    placements,
    immersions,
    outcomes,
    recognition,
    outreach,
    referrals,
    handoffs,
    exploratoryStays,
    relocationPlans,
    relocationAid,
    frontDoorRequests,
    moves,
    timelineEvents,
  };
}
