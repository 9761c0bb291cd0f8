import { z } from 'zod';
import { attendanceMarks } from '../modules/sessions/domain/attendance.js';
import { attestationRule } from '../modules/sessions/domain/attestation-rule.js';
import { isoDateTime } from './define.js';

export const sessionKinds = [
  'workshop',
  'language_class',
  'info_session',
  'staff_training',
  'job_club',
] as const;
export const sessionModes = ['in_person', 'virtual', 'hybrid'] as const;
export const sessionOpenness = ['organization', 'consortium', 'public'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);

export const sessionTypeBody = z.object({
  code: text(40),
  nameFr: text(200),
  nameEn: text(200),
  kind: z.enum(sessionKinds),
  audience: z.enum(['beneficiaries', 'staff']),
  language: z.string().regex(/^[a-z]{2,3}$/),
  durationMinutes: z.number().int().min(5).max(1440),
  capacity: z.number().int().min(1).max(10_000).nullish(),
  mode: z.enum(sessionModes),
  attestationRule: attestationRule.nullish(),
  trainingPoints: z.number().int().min(0).max(1000).default(0),
});

export const seriesBody = z
  .object({
    sessionTypeId: z.uuid(),
    programId: z.uuid().nullish(),
    title: text(200),
    place: z.string().trim().max(300).nullish(),
    meetingLink: z.url().max(500).nullish(),
    capacity: z.number().int().min(1).max(10_000).nullish(),
    openness: z.enum(sessionOpenness).default('organization'),
    consortiumId: z.uuid().nullish(),
    presenter: z.string().trim().max(200).nullish(),
    /** Each meeting's start; its length is the session type's unless given. */
    meetings: z
      .array(
        z.object({ startsAt: isoDateTime, durationMinutes: z.number().int().min(5).max(1440).optional() }),
      )
      .min(1)
      .max(200),
  })
  .refine((s) => s.openness !== 'consortium' || Boolean(s.consortiumId), {
    path: ['consortiumId'],
    message: 'A series open to a consortium names the consortium',
  });

export const enrolParticipantBody = z.union([
  z.object({ seriesId: z.uuid(), personId: z.uuid() }),
  z.object({ seriesId: z.uuid(), userId: z.uuid() }),
]);

export const rollCallBody = z.object({
  meetingId: z.uuid(),
  marks: z
    .array(
      z.object({
        enrolmentId: z.uuid(),
        mark: z.enum(attendanceMarks),
        minutesMissed: z.number().int().min(0).max(1440).default(0),
        live: z.boolean().default(true),
      }),
    )
    .min(1)
    .max(500),
});
