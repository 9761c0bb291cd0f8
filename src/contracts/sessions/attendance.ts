/** A participant's attendance, attestations and their public check, a person's sessions. */
import { z } from 'zod';
import { enrolmentStatuses } from '../../modules/sessions/domain/waitlist.js';
import { defineRoute, idParam } from '../define.js';
import { fromMergedFile } from '../merged-file.js';
import { plainText } from '../primitives.js';
import { attestationDecision } from './participants.js';

export const participantAttendance = z.object({
  totals: z.object({
    scheduledMinutes: z.number().int(),
    attendedMinutes: z.number().int(),
    excusedAbsences: z.number().int(),
    unexcusedAbsences: z.number().int(),
    unmarkedMeetings: z.number().int(),
  }),
  meetingsToCome: z.number().int(),
  attestation: attestationDecision.nullable(),
  /** The attestation in force, if one was issued; a correction replaces it with a new code. */
  issued: z.object({ code: z.string(), issuedOn: z.string() }).nullable(),
});
export const participantAttendanceRoute = defineRoute({
  operationId: 'participantAttendance',
  method: 'GET',
  path: '/api/session-enrolments/:id/attendance',
  policy: 'session',
  summary: "A participant's hours and where their attestation stands",
  tags: ['sessions'],
  params: idParam,
  response: participantAttendance,
});
export const issueAttestationRoute = defineRoute({
  operationId: 'issueAttestation',
  method: 'POST',
  path: '/api/session-enrolments/:id/attestation',
  policy: 'session',
  summary:
    'Issue the attestation if the rule grants it (again after a correction: the old code is superseded)',
  tags: ['sessions'],
  params: idParam,
  response: z.object({ code: z.string(), issuedOn: z.string(), reissued: z.boolean() }),
  successStatus: 201,
});
export const attestationPdfRoute = defineRoute({
  operationId: 'attestationPdf',
  method: 'GET',
  path: '/api/session-enrolments/:id/attestation.pdf',
  policy: 'session',
  summary: 'The attestation in force as PDF, in French or English',
  tags: ['sessions'],
  params: idParam,
  query: z.object({ locale: z.enum(['fr', 'en']).optional() }),
  response: z.string(),
});
export const verifyAttestationRoute = defineRoute({
  operationId: 'verifyAttestation',
  method: 'GET',
  path: '/api/attestations/:code',
  policy: 'public',
  summary: 'Check an attestation by its code (anyone holding the document may)',
  tags: ['sessions'],
  params: z.object({ code: plainText().regex(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/) }),
  response: z.object({
    status: z.enum(['valid', 'superseded']),
    /** Initials only: the holder has the document with the full name. */
    participantInitials: z.string(),
    sessionTitle: z.string(),
    organizationName: z.string(),
    issuedOn: z.string(),
    attendedMinutes: z.number().int(),
    scheduledMinutes: z.number().int(),
  }),
});

export const personSessionsRoute = defineRoute({
  operationId: 'personSessions',
  method: 'GET',
  path: '/api/people/:id/sessions',
  policy: 'session',
  summary: "A person's sessions with their hours",
  tags: ['sessions'],
  params: idParam,
  response: z.object({
    items: z.array(
      z.object({
        enrolmentId: z.uuid(),
        seriesId: z.uuid(),
        title: z.string(),
        status: z.enum(enrolmentStatuses),
        firstMeetingAt: z.string().nullable(),
        attendedMinutes: z.number().int(),
        scheduledMinutes: z.number().int(),
        attestationCode: z.string().nullable(),
        fromMergedFile,
      }),
    ),
  }),
});

export const figuresRatio = z.object({
  numerator: z.number(),
  denominator: z.number(),
  rate: z.number().nullable(),
});
