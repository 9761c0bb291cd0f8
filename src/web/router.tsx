import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { z } from 'zod';
import { ApiError } from './api/client.js';
import { sessionQuery } from './api/session.js';
import { AppLayout } from './layout/AppLayout.js';
import { goHome } from './layout/home.js';
import { NotFoundPage } from './layout/NotFoundPage.js';
import { RouteError } from './layout/RouteError.js';
import { AccountSecurityPage } from './pages/account-sessions/AccountSecurityPage.js';
import { AuditPage } from './pages/audit/AuditPage.js';
import { CaseloadPage, caseloadSearch } from './pages/caseload/CaseloadPage.js';
import { AgendaPage, agendaSearch } from './pages/follow-up/AgendaPage.js';
import { InfoEmploiPage } from './pages/info-emploi/InfoEmploiPage.js';
import { IntakePage } from './pages/intake/IntakePage.js';
import { FundPage, fundSearch } from './pages/loan-fund/FundPage.js';
import { FundsPage } from './pages/loan-fund/FundsPage.js';
import { LoanPage } from './pages/loan-fund/LoanPage.js';
import { ForgotPasswordPage } from './pages/login/ForgotPasswordPage.js';
import { LoginPage } from './pages/login/LoginPage.js';
import { ResetPasswordPage } from './pages/login/ResetPasswordPage.js';
import { OutboxPage } from './pages/outbox/OutboxPage.js';
import { PersonPage, personSearch } from './pages/person/PersonPage.js';
import { PrivacySettingsPage } from './pages/privacy/PrivacySettingsPage.js';
import { ProgramPage } from './pages/programs/ProgramPage.js';
import { ProgramsPage } from './pages/programs/ProgramsPage.js';
import { NewSessionPage } from './pages/sessions/NewSessionPage.js';
import { RollCallPage } from './pages/sessions/RollCallPage.js';
import { SessionPage } from './pages/sessions/SessionPage.js';
import { SessionsPage, sessionsSearch } from './pages/sessions/SessionsPage.js';
import { StaffTrainingPage } from './pages/sessions/StaffTrainingPage.js';
import { StaffPage } from './pages/staff/StaffPage.js';
import { TasksPage } from './pages/tasks/TasksPage.js';
import { VerifyAttestationPage } from './pages/verify/VerifyAttestationPage.js';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
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
  component: LoginPage,
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: ForgotPasswordPage,
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  validateSearch: z.object({ token: z.string().optional().catch(undefined) }),
  component: ResetPasswordPage,
});

/** Public like the log-in page: whoever holds an attestation checks its code. */
const verifyAttestationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify/$code',
  component: VerifyAttestationPage,
});

/** Public front door: anyone signs up for an Info-Emploi session, no account needed. */
const infoEmploiRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/info-emploi',
  component: InfoEmploiPage,
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
  component: AppLayout,
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
  component: CaseloadPage,
});

export const intakeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people/new',
  component: IntakePage,
});

export const personRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people/$personId',
  validateSearch: personSearch,
  component: PersonPage,
});

const programsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/programs',
  component: ProgramsPage,
});

export const programRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/programs/$programId',
  component: ProgramPage,
});

const loanFundsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/loan-funds',
  component: FundsPage,
});

export const loanFundRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/loan-funds/$fundId',
  validateSearch: fundSearch,
  component: FundPage,
});

export const loanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/loans/$loanId',
  component: LoanPage,
});

const sessionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sessions',
  validateSearch: sessionsSearch,
  component: SessionsPage,
});

const newSessionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sessions/new',
  component: NewSessionPage,
});

export const sessionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sessions/$seriesId',
  component: SessionPage,
});

export const rollCallRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sessions/meetings/$meetingId/roll-call',
  component: RollCallPage,
});

const agendaRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/agenda',
  validateSearch: agendaSearch,
  component: AgendaPage,
});

const staffRoute = createRoute({ getParentRoute: () => appRoute, path: '/staff', component: StaffPage });
export const staffTrainingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/staff/$userId/training',
  component: StaffTrainingPage,
});
const auditRoute = createRoute({ getParentRoute: () => appRoute, path: '/audit', component: AuditPage });
const privacySettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/privacy',
  component: PrivacySettingsPage,
});
const outboxRoute = createRoute({ getParentRoute: () => appRoute, path: '/outbox', component: OutboxPage });
const accountSecurityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/account/security',
  component: AccountSecurityPage,
});
const tasksRoute = createRoute({ getParentRoute: () => appRoute, path: '/tasks', component: TasksPage });

const routeTree = rootRoute.addChildren([
  loginRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  verifyAttestationRoute,
  infoEmploiRoute,
  appRoute.addChildren([
    homeRoute,
    caseloadRoute,
    intakeRoute,
    personRoute,
    programsRoute,
    programRoute,
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
