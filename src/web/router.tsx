import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { z } from 'zod';
import { ApiError } from './api/client.js';
import { sessionQuery } from './api/session.js';
import { areasFor } from './i18n/areas.js';
import { loadAreas } from './i18n/index.js';
import { goHome } from './layout/home.js';
import { NotFoundPage } from './layout/NotFoundPage.js';
import { RouteError } from './layout/RouteError.js';
import { caseloadSearch } from './pages/caseload/caseload-search.js';
import { employersSearch } from './pages/employers/employers-search.js';
import { agendaSearch } from './pages/follow-up/agenda-search.js';
import { fundSearch } from './pages/loan-fund/fund-search.js';
import { offersSearch } from './pages/offers/offers-search.js';
import { personSearch } from './pages/person/person-tabs.js';
import { reportSearch } from './pages/reports/report-search.js';
import { sessionsSearch } from './pages/sessions/sessions-search.js';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  // Each page's words beyond the core (src/web/i18n/areas.ts) come before it is shown, or while it is preloaded.
  beforeLoad: ({ location }) => loadAreas(areasFor(location.pathname)),
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: z.object({
    next: z.string().optional().catch(undefined),
    /** Back from the organization's identity provider: the second factor still to give, or why it failed. */
    sso: z.enum(['required', 'setup_required']).optional().catch(undefined),
    ssoError: z.string().max(60).optional().catch(undefined),
  }),
  component: lazyRouteComponent(() => import('./pages/login/LoginPage.js'), 'LoginPage'),
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: lazyRouteComponent(() => import('./pages/login/ForgotPasswordPage.js'), 'ForgotPasswordPage'),
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  validateSearch: z.object({ token: z.string().optional().catch(undefined) }),
  component: lazyRouteComponent(() => import('./pages/login/ResetPasswordPage.js'), 'ResetPasswordPage'),
});

/** Public like the log-in page: whoever holds an attestation checks its code. */
const verifyAttestationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify/$code',
  component: lazyRouteComponent(
    () => import('./pages/verify/VerifyAttestationPage.js'),
    'VerifyAttestationPage',
  ),
});

/** Public front door: anyone signs up for an Info-Emploi session, no account needed. */
const infoEmploiRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/info-emploi',
  component: lazyRouteComponent(() => import('./pages/info-emploi/InfoEmploiPage.js'), 'InfoEmploiPage'),
});

/** Public: anyone with the link registers for a convening of the partner network, no account. */
const conveningRegistrationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/rencontre/$conveningId',
  component: lazyRouteComponent(
    () => import('./pages/network/PublicRegistrationPage.js'),
    'PublicRegistrationPage',
  ),
});

/** Public: the consortium's single front door, where a person or a household asks for accompaniment (issue 17). */
const frontDoorFormRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/demande/$slug',
  component: lazyRouteComponent(
    () => import('./pages/front-door-form/FrontDoorFormPage.js'),
    'FrontDoorFormPage',
  ),
});

/** Public: the unsubscribe link at the foot of each bulletin, no account. */
const unsubscribeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/desabonnement/$token',
  component: lazyRouteComponent(() => import('./pages/network/UnsubscribePage.js'), 'UnsubscribePage'),
});

/** Public: a person answers the follow-up after leaving a program from a single-use link, no account. */
const followUpFormRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/suivi/$token',
  component: lazyRouteComponent(
    () => import('./pages/follow-up-form/FollowUpFormPage.js'),
    'FollowUpFormPage',
  ),
});

/** Everything below needs a session: loaded once here, so pages can read it synchronously. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.ensureQueryData(sessionQuery);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        throw redirect({ to: '/login', search: { next: location.href } });
      }
      throw error;
    }
  },
  component: lazyRouteComponent(() => import('./layout/AppLayout.js'), 'AppLayout'),
});

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  // Each role lands on its own home (a funder on its figures, a lender on the fund…).
  beforeLoad: ({ context }) => goHome(context.queryClient),
});

export const caseloadRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/caseload',
  validateSearch: caseloadSearch,
  component: lazyRouteComponent(() => import('./pages/caseload/CaseloadPage.js'), 'CaseloadPage'),
});

export const intakeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people/new',
  // An intake started from a lead of the repérage (its name and contacts, then linked to the file).
  // Or from a referral accepted (what it shares of the person, then linked to the file).
  validateSearch: z.object({
    lead: z.uuid().optional().catch(undefined),
    referral: z.uuid().optional().catch(undefined),
  }),
  component: lazyRouteComponent(() => import('./pages/intake/IntakePage.js'), 'IntakePage'),
});

const peopleImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people/import',
  component: lazyRouteComponent(
    () => import('./pages/people-import/PeopleImportPage.js'),
    'PeopleImportPage',
  ),
});

export const personRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people/$personId',
  validateSearch: personSearch,
  component: lazyRouteComponent(() => import('./pages/person/PersonPage.js'), 'PersonPage'),
});

const programsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/programs',
  component: lazyRouteComponent(() => import('./pages/programs/ProgramsPage.js'), 'ProgramsPage'),
});

export const programRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/programs/$programId',
  component: lazyRouteComponent(() => import('./pages/programs/ProgramPage.js'), 'ProgramPage'),
});

export const programReportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/programs/$programId/reports',
  component: lazyRouteComponent(() => import('./pages/reports/ReportsPage.js'), 'ReportsPage'),
});

export const programHouseholdsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/programs/$programId/households',
  component: lazyRouteComponent(
    () => import('./pages/moves/HouseholdFiguresPage.js'),
    'HouseholdFiguresPage',
  ),
});

export const regionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/regions',
  component: lazyRouteComponent(() => import('./pages/stays/RegionsPage.js'), 'RegionsPage'),
});

export const regionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/regions/$country/$code',
  component: lazyRouteComponent(() => import('./pages/stays/RegionsPage.js'), 'RegionPage'),
});

export const stayRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/stays/$stayId',
  component: lazyRouteComponent(() => import('./pages/stays/StayPage.js'), 'StayPage'),
});

export const programReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/programs/$programId/reports/$template',
  validateSearch: reportSearch,
  component: lazyRouteComponent(() => import('./pages/reports/ReportPage.js'), 'ReportPage'),
});

const loanFundsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/loan-funds',
  component: lazyRouteComponent(() => import('./pages/loan-fund/FundsPage.js'), 'FundsPage'),
});

export const loanFundRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/loan-funds/$fundId',
  validateSearch: fundSearch,
  component: lazyRouteComponent(() => import('./pages/loan-fund/FundPage.js'), 'FundPage'),
});

export const loanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/loans/$loanId',
  component: lazyRouteComponent(() => import('./pages/loan-fund/LoanPage.js'), 'LoanPage'),
});

const sessionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sessions',
  validateSearch: sessionsSearch,
  component: lazyRouteComponent(() => import('./pages/sessions/SessionsPage.js'), 'SessionsPage'),
});

const newSessionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sessions/new',
  component: lazyRouteComponent(() => import('./pages/sessions/NewSessionPage.js'), 'NewSessionPage'),
});

export const sessionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sessions/$seriesId',
  component: lazyRouteComponent(() => import('./pages/sessions/SessionPage.js'), 'SessionPage'),
});

export const rollCallRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sessions/meetings/$meetingId/roll-call',
  component: lazyRouteComponent(() => import('./pages/sessions/RollCallPage.js'), 'RollCallPage'),
});

const agendaRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/agenda',
  validateSearch: agendaSearch,
  component: lazyRouteComponent(() => import('./pages/follow-up/AgendaPage.js'), 'AgendaPage'),
});

const staffRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/staff',
  component: lazyRouteComponent(() => import('./pages/staff/StaffPage.js'), 'StaffPage'),
});
export const staffTrainingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/staff/$userId/training',
  component: lazyRouteComponent(() => import('./pages/sessions/StaffTrainingPage.js'), 'StaffTrainingPage'),
});
const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/audit',
  component: lazyRouteComponent(() => import('./pages/audit/AuditPage.js'), 'AuditPage'),
});
const privacySettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/privacy',
  component: lazyRouteComponent(
    () => import('./pages/privacy/PrivacySettingsPage.js'),
    'PrivacySettingsPage',
  ),
});
const outboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/outbox',
  component: lazyRouteComponent(() => import('./pages/outbox/OutboxPage.js'), 'OutboxPage'),
});
const accountSecurityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/account/security',
  component: lazyRouteComponent(
    () => import('./pages/account-sessions/AccountSecurityPage.js'),
    'AccountSecurityPage',
  ),
});
const outreachRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/outreach',
  component: lazyRouteComponent(() => import('./pages/outreach/OutreachPage.js'), 'OutreachPage'),
});
const leadRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/outreach/$leadId',
  component: lazyRouteComponent(() => import('./pages/outreach/LeadPage.js'), 'LeadPage'),
});
// The front door's queue, a request, the routing rules (issue 17).
const frontDoorQueueRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/front-door',
  component: lazyRouteComponent(
    () => import('./pages/front-door/FrontDoorQueuePage.js'),
    'FrontDoorQueuePage',
  ),
});
const frontDoorRequestRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/front-door/$requestId',
  component: lazyRouteComponent(
    () => import('./pages/front-door/FrontDoorRequestPage.js'),
    'FrontDoorRequestPage',
  ),
});
const frontDoorRulesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/programs/$programId/front-door',
  component: lazyRouteComponent(
    () => import('./pages/front-door/FrontDoorRulesPage.js'),
    'FrontDoorRulesPage',
  ),
});
// The partner network: partners, convenings and the bulletin (issue 16).
const networkRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/network',
  component: lazyRouteComponent(() => import('./pages/network/PartnersPage.js'), 'PartnersPage'),
});
const networkPartnerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/network/partners/$partnerId',
  component: lazyRouteComponent(() => import('./pages/network/PartnerPage.js'), 'PartnerPage'),
});
const networkConveningsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/network/convenings',
  component: lazyRouteComponent(() => import('./pages/network/ConveningsPage.js'), 'ConveningsPage'),
});
const networkConveningRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/network/convenings/$conveningId',
  component: lazyRouteComponent(() => import('./pages/network/ConveningPage.js'), 'ConveningPage'),
});
const networkBulletinRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/network/bulletin',
  component: lazyRouteComponent(() => import('./pages/network/BulletinPage.js'), 'BulletinPage'),
});
// Referrals received and sent, and the partner directory (issue 16).
const referralsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/referrals',
  validateSearch: z.object({ box: z.enum(['received', 'sent', 'directory']).optional().catch(undefined) }),
  component: lazyRouteComponent(() => import('./pages/referrals/ReferralsPage.js'), 'ReferralsPage'),
});
const referralRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/referrals/$referralId',
  component: lazyRouteComponent(() => import('./pages/referrals/ReferralPage.js'), 'ReferralPage'),
});
const handoffsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/handoffs',
  component: lazyRouteComponent(() => import('./pages/handoffs/HandoffsPage.js'), 'HandoffsPage'),
});
const relocationAidRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/relocation-aid',
  component: lazyRouteComponent(
    () => import('./pages/relocation-aid/RelocationAidPage.js'),
    'RelocationAidPage',
  ),
});
const meetingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/meetings',
  component: lazyRouteComponent(() => import('./pages/meetings/MeetingsPage.js'), 'MeetingsPage'),
});
const openActionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/meetings/actions',
  component: lazyRouteComponent(() => import('./pages/meetings/OpenActionsPage.js'), 'OpenActionsPage'),
});
const meetingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/meetings/$meetingId',
  component: lazyRouteComponent(() => import('./pages/meetings/MeetingPage.js'), 'MeetingPage'),
});
const tasksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tasks',
  component: lazyRouteComponent(() => import('./pages/tasks/TasksPage.js'), 'TasksPage'),
});

const employersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/employers',
  validateSearch: employersSearch,
  component: lazyRouteComponent(() => import('./pages/employers/EmployersPage.js'), 'EmployersPage'),
});
export const employerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/employers/$employerId',
  component: lazyRouteComponent(() => import('./pages/employers/EmployerPage.js'), 'EmployerPage'),
});

const offersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/offers',
  validateSearch: offersSearch,
  component: lazyRouteComponent(() => import('./pages/offers/OffersPage.js'), 'OffersPage'),
});
const offersImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/offers/import',
  component: lazyRouteComponent(() => import('./pages/offers/ImportPage.js'), 'ImportPage'),
});
export const offerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/offers/$offerId',
  component: lazyRouteComponent(() => import('./pages/offers/OfferPage.js'), 'OfferPage'),
});

const sharedPeopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/shared-people',
  component: lazyRouteComponent(() => import('./pages/sharing/SharedPeoplePage.js'), 'SharedPeoplePage'),
});
export const sharedPersonRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/shared-people/$personId',
  component: lazyRouteComponent(() => import('./pages/sharing/SharedPersonPage.js'), 'SharedPersonPage'),
});

const duplicatesToReviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/duplicates',
  component: lazyRouteComponent(
    () => import('./pages/duplicates/DuplicatesToReviewPage.js'),
    'DuplicatesToReviewPage',
  ),
});
const duplicateRunsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/duplicate-runs',
  component: lazyRouteComponent(() => import('./pages/duplicates/DuplicateRunsPage.js'), 'DuplicateRunsPage'),
});

const recognitionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/recognition',
  component: lazyRouteComponent(() => import('./pages/recognition/PathwaysPage.js'), 'PathwaysPage'),
});
const recognitionFiguresRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/recognition/figures',
  component: lazyRouteComponent(() => import('./pages/recognition/FiguresPage.js'), 'FiguresPage'),
});
const newPathwayRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/recognition/pathways/new',
  component: lazyRouteComponent(() => import('./pages/recognition/NewPathwayPage.js'), 'NewPathwayPage'),
});
export const pathwayRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/recognition/pathways/$pathwayId',
  component: lazyRouteComponent(() => import('./pages/recognition/PathwayPage.js'), 'PathwayPage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  verifyAttestationRoute,
  infoEmploiRoute,
  followUpFormRoute,
  conveningRegistrationRoute,
  unsubscribeRoute,
  frontDoorFormRoute,
  appRoute.addChildren([
    homeRoute,
    caseloadRoute,
    intakeRoute,
    peopleImportRoute,
    personRoute,
    programsRoute,
    programRoute,
    programReportsRoute,
    programHouseholdsRoute,
    regionsRoute,
    regionRoute,
    stayRoute,
    programReportRoute,
    loanFundsRoute,
    loanFundRoute,
    loanRoute,
    sessionsRoute,
    newSessionRoute,
    sessionRoute,
    rollCallRoute,
    agendaRoute,
    staffRoute,
    staffTrainingRoute,
    auditRoute,
    privacySettingsRoute,
    outboxRoute,
    accountSecurityRoute,
    tasksRoute,
    outreachRoute,
    leadRoute,
    frontDoorQueueRoute,
    frontDoorRequestRoute,
    frontDoorRulesRoute,
    networkRoute,
    networkPartnerRoute,
    networkConveningsRoute,
    networkConveningRoute,
    networkBulletinRoute,
    referralsRoute,
    referralRoute,
    handoffsRoute,
    relocationAidRoute,
    meetingsRoute,
    openActionsRoute,
    meetingRoute,
    employersRoute,
    employerRoute,
    offersRoute,
    offersImportRoute,
    offerRoute,
    recognitionRoute,
    recognitionFiguresRoute,
    newPathwayRoute,
    pathwayRoute,
    sharedPeopleRoute,
    sharedPersonRoute,
    duplicatesToReviewRoute,
    duplicateRunsRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    scrollRestoration: true,
    defaultNotFoundComponent: NotFoundPage,
    defaultErrorComponent: RouteError,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
