/** Staff certifications and their training record. */
import { z } from 'zod';
import { enrolmentStatuses } from '../../modules/sessions/domain/waitlist.js';
import { defineRoute, idParam } from '../define.js';
import { text } from '../primitives.js';

export const staffCertificationBody = z
  .object({
    nameFr: text(200),
    nameEn: text(200),
    requiredPoints: z.number().int().min(1).max(100_000).nullable(),
    /** Hours are entered by people; stored as minutes like every other duration. */
    requiredMinutes: z.number().int().min(1).max(600_000).nullable(),
    periodMonths: z.number().int().min(1).max(120),
  })
  .refine((c) => c.requiredPoints !== null || c.requiredMinutes !== null, {
    path: ['requiredPoints'],
    message: 'A certification asks for points, hours or both',
  });
export const setStaffCertificationRoute = defineRoute({
  operationId: 'setStaffCertification',
  method: 'PUT',
  path: '/api/staff-certification',
  policy: 'session',
  summary: "Set what my organization's staff accumulate toward its certification",
  tags: ['sessions'],
  body: staffCertificationBody,
  response: z.object({ saved: z.literal(true) }),
});

export const staffTrainingRecordRoute = defineRoute({
  operationId: 'staffTrainingRecord',
  method: 'GET',
  path: '/api/staff/:id/training',
  policy: 'session',
  summary: "A staff member's training record: sessions attended, hours, points, attestations, certification",
  tags: ['sessions'],
  params: idParam,
  response: z.object({
    userId: z.uuid(),
    displayName: z.string(),
    trainings: z.array(
      z.object({
        enrolmentId: z.uuid(),
        seriesId: z.uuid(),
        title: z.string(),
        organizerName: z.string(),
        status: z.enum(enrolmentStatuses),
        firstMeetingAt: z.string().nullable(),
        attendedMinutes: z.number().int(),
        scheduledMinutes: z.number().int(),
        meetingsToCome: z.number().int(),
        points: z.number().int(),
        /** Points of the training, earned or not yet. */
        pointsOffered: z.number().int(),
        attestation: z.object({ code: z.string(), issuedOn: z.string() }).nullable(),
      }),
    ),
    totals: z.object({ attendedMinutes: z.number().int(), points: z.number().int() }),
    certification: z
      .object({
        nameFr: z.string(),
        nameEn: z.string(),
        requiredPoints: z.number().int().nullable(),
        requiredMinutes: z.number().int().nullable(),
        periodMonths: z.number().int(),
        progress: z.object({
          from: z.string(),
          to: z.string(),
          minutes: z.number().int(),
          points: z.number().int(),
          minutesProgress: z.number().nullable(),
          pointsProgress: z.number().nullable(),
          reached: z.boolean(),
        }),
      })
      .nullable(),
    /** I may change the organization's certification. */
    canConfigure: z.boolean(),
  }),
});
