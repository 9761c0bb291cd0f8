import type { FastifyInstance } from 'fastify';
import {
  acceptSignupRoute,
  declineSignupRoute,
  listPublicInfoSessionsRoute,
  listSignupRequestsRoute,
  signUpRoute,
} from '../../contracts/session-signups.js';
import {
  attestationPdfRoute,
  cancelMeetingRoute,
  createSessionTypeRoute,
  enrolRoute,
  getRollCallRoute,
  getSeriesRoute,
  issueAttestationRoute,
  listSeriesRoute,
  listSessionTypesRoute,
  participantAttendanceRoute,
  personSessionsRoute,
  planSeriesRoute,
  rescheduleMeetingRoute,
  saveRollCallRoute,
  sessionFiguresRoute,
  setStaffCertificationRoute,
  signInSheetRoute,
  staffTrainingRecordRoute,
  verifyAttestationRoute,
  withdrawRoute,
} from '../../contracts/sessions.js';
import { mountFileRoute, mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { acceptSignupRequest } from './use-cases/accept-signup-request.js';
import { attendanceOfParticipant } from './use-cases/attendance-of-participant.js';
import { attestationDocument } from './use-cases/attestation-document.js';
import { cancelMeeting, rescheduleMeeting } from './use-cases/change-meeting.js';
import { createSessionType } from './use-cases/create-session-type.js';
import { declineSignupRequest } from './use-cases/decline-signup-request.js';
import { enrolParticipant } from './use-cases/enrol-participant.js';
import { getRollCall } from './use-cases/get-roll-call.js';
import { getSeries } from './use-cases/get-series.js';
import { issueAttestation } from './use-cases/issue-attestation.js';
import { listPublicInfoSessions } from './use-cases/list-public-info-sessions.js';
import { listSeries } from './use-cases/list-series.js';
import { listSessionTypes } from './use-cases/list-session-types.js';
import { listSignupRequests } from './use-cases/list-signup-requests.js';
import { personSessions } from './use-cases/person-sessions.js';
import { planSeries } from './use-cases/plan-series.js';
import { recordRollCall } from './use-cases/record-roll-call.js';
import { sessionFiguresOfPeriod } from './use-cases/session-figures-of-period.js';
import { setStaffCertification } from './use-cases/set-staff-certification.js';
import { signInSheet } from './use-cases/sign-in-sheet.js';
import { signUpForInfoSession } from './use-cases/sign-up-for-info-session.js';
import { staffTrainingRecord } from './use-cases/staff-training-record.js';
import { verifyAttestation } from './use-cases/verify-attestation.js';
import { withdrawParticipant } from './use-cases/withdraw-participant.js';

export function registerSessionRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, listSessionTypesRoute, ({ ctx }) => listSessionTypes(deps)(ctx, {}));
  mountRoute(app, createSessionTypeRoute, ({ body, ctx }) => createSessionType(deps)(ctx, body));
  mountRoute(app, listSeriesRoute, ({ query, ctx }) => listSeries(deps)(ctx, query));
  mountRoute(app, planSeriesRoute, ({ body, ctx }) => planSeries(deps)(ctx, body));
  mountRoute(app, getSeriesRoute, ({ params, ctx }) => getSeries(deps)(ctx, { seriesId: params.id }));
  mountRoute(app, enrolRoute, async ({ params, body, ctx }) => {
    const result = await enrolParticipant(deps)(ctx, { ...body, seriesId: params.id });
    return {
      id: result.id,
      status: result.status === 'waitlisted' ? ('waitlisted' as const) : ('enrolled' as const),
    };
  });
  mountRoute(app, withdrawRoute, ({ params, ctx }) =>
    withdrawParticipant(deps)(ctx, { enrolmentId: params.id }),
  );
  mountRoute(app, getRollCallRoute, ({ params, ctx }) => getRollCall(deps)(ctx, { meetingId: params.id }));
  mountRoute(app, saveRollCallRoute, ({ params, body, ctx }) =>
    recordRollCall(deps)(ctx, { ...body, meetingId: params.id }),
  );
  mountRoute(app, cancelMeetingRoute, ({ params, body, ctx }) =>
    cancelMeeting(deps)(ctx, { ...body, meetingId: params.id }),
  );
  mountRoute(app, rescheduleMeetingRoute, ({ params, body, ctx }) =>
    rescheduleMeeting(deps)(ctx, { ...body, meetingId: params.id }),
  );
  mountRoute(app, participantAttendanceRoute, ({ params, ctx }) =>
    attendanceOfParticipant(deps)(ctx, { enrolmentId: params.id }),
  );
  mountRoute(app, issueAttestationRoute, ({ params, ctx }) =>
    issueAttestation(deps)(ctx, { enrolmentId: params.id }),
  );
  // Public: limited per address, so that nobody walks the space of codes.
  mountRoute(
    app,
    verifyAttestationRoute,
    ({ params, ctx }) => verifyAttestation(deps)(ctx, { code: params.code }),
    {
      rateLimit: { max: 30, timeWindow: '1 minute' },
    },
  );
  // The front door is public: limited per address, so that nobody floods the teams with requests.
  mountRoute(app, listPublicInfoSessionsRoute, ({ ctx }) => listPublicInfoSessions(deps)(ctx, {}), {
    rateLimit: { max: 60, timeWindow: '1 minute' },
  });
  mountRoute(
    app,
    signUpRoute,
    ({ params, body, ctx }) => signUpForInfoSession(deps)(ctx, { ...body, seriesId: params.id }),
    { rateLimit: { max: 10, timeWindow: '1 minute' } },
  );
  mountRoute(app, listSignupRequestsRoute, ({ params, ctx }) =>
    listSignupRequests(deps)(ctx, { seriesId: params.id }),
  );
  mountRoute(app, acceptSignupRoute, ({ params, ctx }) =>
    acceptSignupRequest(deps)(ctx, { requestId: params.id }),
  );
  mountRoute(app, declineSignupRoute, async ({ params, ctx }) => {
    await declineSignupRequest(deps)(ctx, { requestId: params.id });
    return undefined;
  });
  mountRoute(app, personSessionsRoute, ({ params, ctx }) =>
    personSessions(deps)(ctx, { personId: params.id }),
  );
  mountRoute(app, sessionFiguresRoute, ({ query, ctx }) => sessionFiguresOfPeriod(deps)(ctx, query));
  mountRoute(app, staffTrainingRecordRoute, ({ params, ctx }) =>
    staffTrainingRecord(deps)(ctx, { userId: params.id }),
  );
  mountRoute(app, setStaffCertificationRoute, ({ body, ctx }) => setStaffCertification(deps)(ctx, body));
  mountFileRoute(app, attestationPdfRoute, 'application/pdf', async ({ params, query, ctx }) => {
    const { filename, pdf } = await attestationDocument(deps)(ctx, { ...query, enrolmentId: params.id });
    return { filename, body: pdf };
  });
  mountFileRoute(app, signInSheetRoute, 'application/pdf', async ({ params, query, ctx }) => {
    const { filename, pdf } = await signInSheet(deps)(ctx, { ...query, meetingId: params.id });
    return { filename, body: pdf };
  });
}
