import type { FastifyInstance } from 'fastify';
import type { Deps } from '../core/use-case.js';
import type { SessionTimeouts } from '../modules/accounts/domain/session-timeouts.js';
import { registerAccountRoutes } from '../modules/accounts/routes.js';
import { registerStaffLifecycleRoutes } from '../modules/accounts/staff-routes.js';
import { registerApplicationRoutes } from '../modules/applications/routes.js';
import { registerAuditRoutes } from '../modules/audit/routes.js';
import { registerCaseloadRoutes } from '../modules/caseload/routes.js';
import { registerDocumentRoutes } from '../modules/documents/routes.js';
import { registerEmployerRoutes } from '../modules/employers/routes.js';
import { registerExportRoutes } from '../modules/exports/routes.js';
import { registerFollowUpRoutes } from '../modules/follow-up/routes.js';
import { registerFrontDoorRoutes } from '../modules/front-door/routes.js';
import { registerHandoffRoutes } from '../modules/handoffs/routes.js';
import { registerImmersionRoutes } from '../modules/immersions/routes.js';
import { registerLoanFundRoutes } from '../modules/loan-fund/routes.js';
import { registerMatchingRoutes } from '../modules/matching/routes.js';
import { registerMeetingsRoutes } from '../modules/meetings/routes.js';
import { registerMoveRoutes } from '../modules/moves/routes.js';
import { registerNetworkRoutes } from '../modules/network/routes.js';
import { registerOfferRoutes } from '../modules/offers/routes.js';
import { registerOrganizationRoutes } from '../modules/organizations/routes.js';
import { registerOutcomeRoutes } from '../modules/outcomes/routes.js';
import { registerOutreachRoutes } from '../modules/outreach/routes.js';
import { registerDuplicateRoutes } from '../modules/people/duplicate-routes.js';
import { registerHouseholdRoutes } from '../modules/people/household-routes.js';
import { registerPeopleImportRoutes } from '../modules/people/import-routes.js';
import { registerPeopleRoutes } from '../modules/people/routes.js';
import { registerPlacementRoutes } from '../modules/placements/routes.js';
import { registerPlaceRoutes } from '../modules/places/routes.js';
import { registerPlanRoutes } from '../modules/plans/routes.js';
import { registerPrivacyRoutes } from '../modules/privacy/routes.js';
import { countEnrolmentsUnder, importEnrolments, rekeyOpenEnrolments } from '../modules/programs/api.js';
import { registerProgramRoutes } from '../modules/programs/routes.js';
import { registerRecognitionRoutes } from '../modules/recognition/routes.js';
import { registerReferenceRoutes } from '../modules/reference/routes.js';
import { registerReferralRoutes } from '../modules/referrals/routes.js';
import { registerRegionRoutes } from '../modules/regions/routes.js';
import { registerRelocationAidRoutes } from '../modules/relocation-aid/routes.js';
import { registerRelocationPlanRoutes } from '../modules/relocation-plans/routes.js';
import { registerReportRoutes } from '../modules/reports/routes.js';
import { rebuildOrganizationsFigures } from '../modules/sessions/api.js';
import { registerSessionRoutes } from '../modules/sessions/routes.js';
import { registerSharingRoutes } from '../modules/sharing/routes.js';
import { registerTaskRoutes } from '../modules/tasks/routes.js';
import { registerTimelineRoutes } from '../modules/timeline/routes.js';
import { registerSystemRoutes } from './system-routes.js';

export interface RouteOptions {
  secureCookies: boolean;
  sessionTimeouts: SessionTimeouts;
}

/** Each module adds one line here. */
export async function registerModuleRoutes(
  app: FastifyInstance,
  deps: Deps,
  options: RouteOptions,
): Promise<void> {
  registerSystemRoutes(app, deps);
  registerAccountRoutes(app, deps, options);
  registerStaffLifecycleRoutes(app, deps);
  registerAuditRoutes(app, deps);
  // A zone change (organizations) rebuilds the session figures kept by its days (sessions depends on it).
  registerOrganizationRoutes(app, deps, rebuildOrganizationsFigures);
  registerPeopleRoutes(app, deps);
  registerCaseloadRoutes(app, deps);
  registerDocumentRoutes(app, deps);
  registerProgramRoutes(app, deps);
  registerReferenceRoutes(app, deps);
  registerPlaceRoutes(app, deps);
  registerLoanFundRoutes(app, deps);
  registerSessionRoutes(app, deps);
  registerPlanRoutes(app, deps);
  registerTimelineRoutes(app, deps);
  registerFollowUpRoutes(app, deps);
  registerPrivacyRoutes(app, deps);
  registerTaskRoutes(app, deps);
  registerOutreachRoutes(app, deps);
  registerFrontDoorRoutes(app, deps);
  registerNetworkRoutes(app, deps);
  registerHandoffRoutes(app, deps);
  registerRegionRoutes(app, deps);
  registerRelocationAidRoutes(app, deps);
  registerMoveRoutes(app, deps);
  registerReferralRoutes(app, deps);
  registerRelocationPlanRoutes(app, deps);
  registerMeetingsRoutes(app, deps);
  registerEmployerRoutes(app, deps);
  registerOfferRoutes(app, deps);
  registerApplicationRoutes(app, deps);
  registerPlacementRoutes(app, deps);
  registerMatchingRoutes(app, deps);
  registerImmersionRoutes(app, deps);
  registerRecognitionRoutes(app, deps);
  registerOutcomeRoutes(app, deps);
  registerExportRoutes(app, deps);
  registerReportRoutes(app, deps);
  registerSharingRoutes(app, deps);
  // Households live in people; their members' open enrolments (programs, which depends on people) follow.
  registerHouseholdRoutes(app, deps, rekeyOpenEnrolments);
  registerDuplicateRoutes(app, deps, countEnrolmentsUnder);
  // The caseload import (people) enrols in programs (which depends on people) through this port.
  registerPeopleImportRoutes(app, deps, importEnrolments);
}
