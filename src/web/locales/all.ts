import { accountSecurityEn } from './account-security.en.js';
import { accountSecurityFr } from './account-security.fr.js';
import { agendaEn } from './agenda.en.js';
import { agendaFr } from './agenda.fr.js';
import { applicationsEn } from './applications.en.js';
import { applicationsFr } from './applications.fr.js';
import { ar } from './ar.js';
import { documentsEn } from './documents.en.js';
import { documentsFr } from './documents.fr.js';
import { employersEn } from './employers.en.js';
import { employersFr } from './employers.fr.js';
import { enCore, type Messages } from './en.js';
import { followUpEn } from './follow-up.en.js';
import { followUpFr } from './follow-up.fr.js';
import { frCore } from './fr.js';
import { frontDoorEn } from './front-door.en.js';
import { frontDoorFr } from './front-door.fr.js';
import { handoffsEn } from './handoffs.en.js';
import { handoffsFr } from './handoffs.fr.js';
import { householdsEn } from './households.en.js';
import { householdsFr } from './households.fr.js';
import { immersionsEn } from './immersions.en.js';
import { immersionsFr } from './immersions.fr.js';
import { loanFundEn } from './loan-fund.en.js';
import { loanFundFr } from './loan-fund.fr.js';
import { matchingEn } from './matching.en.js';
import { matchingFr } from './matching.fr.js';
import { meetingsEn } from './meetings.en.js';
import { meetingsFr } from './meetings.fr.js';
import { movesEn } from './moves.en.js';
import { movesFr } from './moves.fr.js';
import { networkEn } from './network.en.js';
import { networkFr } from './network.fr.js';
import { offersEn } from './offers.en.js';
import { offersFr } from './offers.fr.js';
import { outcomeFiguresEn } from './outcome-figures.en.js';
import { outcomeFiguresFr } from './outcome-figures.fr.js';
import { outcomesEn } from './outcomes.en.js';
import { outcomesFr } from './outcomes.fr.js';
import { outreachEn } from './outreach.en.js';
import { outreachFr } from './outreach.fr.js';
import { personOverviewEn } from './person-overview.en.js';
import { personOverviewFr } from './person-overview.fr.js';
import { placementsEn } from './placements.en.js';
import { placementsFr } from './placements.fr.js';
import { plansEn } from './plans.en.js';
import { plansFr } from './plans.fr.js';
import { privacyEn } from './privacy.en.js';
import { privacyFr } from './privacy.fr.js';
import { recognitionEn } from './recognition.en.js';
import { recognitionFr } from './recognition.fr.js';
import { referralsEn } from './referrals.en.js';
import { referralsFr } from './referrals.fr.js';
import { relocationAidEn } from './relocation-aid.en.js';
import { relocationAidFr } from './relocation-aid.fr.js';
import { relocationPlansEn } from './relocation-plans.en.js';
import { relocationPlansFr } from './relocation-plans.fr.js';
import { reportsEn } from './reports.en.js';
import { reportsFr } from './reports.fr.js';
import { sessionsEn } from './sessions.en.js';
import { sessionsFr } from './sessions.fr.js';
import { staffLifecycleEn } from './staff-lifecycle.en.js';
import { staffLifecycleFr } from './staff-lifecycle.fr.js';
import { staysEn } from './stays.en.js';
import { staysFr } from './stays.fr.js';
import { timelineEn } from './timeline.en.js';
import { timelineFr } from './timeline.fr.js';

/**
 * Every text of each language in one object: each language's core and all its areas, complete by type
 * (Messages). The tests read these; the app fetches a language's core first and each area with the
 * pages that use it (src/web/i18n), and never imports this file.
 */
export const en = {
  ...enCore,
  loanFund: loanFundEn,
  sessions: sessionsEn,
  plans: plansEn,
  followUp: followUpEn,
  documents: documentsEn,
  timeline: timelineEn,
  overview: personOverviewEn,
  agenda: agendaEn,
  accountSecurity: accountSecurityEn,
  staffLifecycle: staffLifecycleEn,
  privacy: privacyEn,
  employers: employersEn,
  offers: offersEn,
  applications: applicationsEn,
  placements: placementsEn,
  immersions: immersionsEn,
  matching: matchingEn,
  outcomes: outcomesEn,
  outcomeFigures: outcomeFiguresEn,
  households: householdsEn,
  reports: reportsEn,
  recognition: recognitionEn,
  outreach: outreachEn,
  referrals: referralsEn,
  handoffs: handoffsEn,
  relocationAid: relocationAidEn,
  relocationPlans: relocationPlansEn,
  moves: movesEn,
  stays: staysEn,
  meetings: meetingsEn,
  network: networkEn,
  frontDoor: frontDoorEn,
} as const satisfies Messages;

export const fr: Messages = {
  ...frCore,
  loanFund: loanFundFr,
  sessions: sessionsFr,
  plans: plansFr,
  followUp: followUpFr,
  documents: documentsFr,
  timeline: timelineFr,
  overview: personOverviewFr,
  agenda: agendaFr,
  accountSecurity: accountSecurityFr,
  staffLifecycle: staffLifecycleFr,
  privacy: privacyFr,
  employers: employersFr,
  offers: offersFr,
  applications: applicationsFr,
  placements: placementsFr,
  immersions: immersionsFr,
  matching: matchingFr,
  outcomes: outcomesFr,
  outcomeFigures: outcomeFiguresFr,
  households: householdsFr,
  reports: reportsFr,
  recognition: recognitionFr,
  outreach: outreachFr,
  referrals: referralsFr,
  handoffs: handoffsFr,
  relocationAid: relocationAidFr,
  relocationPlans: relocationPlansFr,
  moves: movesFr,
  stays: staysFr,
  meetings: meetingsFr,
  network: networkFr,
  frontDoor: frontDoorFr,
};

export { ar };
