/** A program's session figures over a period (docs/performance-figures.md). */
import { z } from 'zod';
import { defineRoute, isoDate } from '../define.js';
import { figuresRatio } from './attendance.js';

export const sessionFiguresQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    /** A program's sessions: every member organization's for those who steer it, else my organization's. */
    programId: z.uuid().optional(),
    /** One series, with the attendance of each of its meetings. */
    seriesId: z.uuid().optional(),
    /** `bySeries` a page at a time, by title; the totals cover every series of the period. */
    seriesPage: z.coerce.number().int().min(1).max(100_000).default(1),
    seriesPageSize: z.coerce.number().int().min(1).max(200).default(25),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'The period ends on or after its start' });
export const sessionFiguresRoute = defineRoute({
  operationId: 'sessionFigures',
  method: 'GET',
  path: '/api/session-figures',
  policy: 'session',
  summary:
    'Fill rate, attendance, hours per person, no-shows and attestations of sessions in a period, for my organization or a program',
  tags: ['sessions'],
  query: sessionFiguresQuery,
  response: z.object({
    sessions: z.number().int(),
    meetingsHeld: z.number().int(),
    fillRate: figuresRatio,
    attendanceRate: figuresRatio,
    noShowRate: figuresRatio,
    participants: z.number().int(),
    hoursPerParticipant: z.number().nullable(),
    medianHoursPerParticipant: z.number().nullable(),
    hoursDistribution: z.array(
      z.object({ fromHours: z.number(), toHours: z.number().nullable(), participants: z.number().int() }),
    ),
    attestationsIssued: z.number().int(),
    /** One page of the series (`seriesPage`); `sessions` is how many there are in all. */
    bySeries: z.array(
      z.object({
        seriesId: z.uuid(),
        title: z.string(),
        organizationName: z.string(),
        enrolled: z.number().int(),
        capacity: z.number().int().nullable(),
        meetingsHeld: z.number().int(),
        attendanceRate: z.number().nullable(),
        noShowRate: z.number().nullable(),
        attestationsIssued: z.number().int(),
      }),
    ),
    /** Filled only for one series (`seriesId`): thousands of meetings would not be read on one screen. */
    byMeeting: z.array(
      z.object({
        meetingId: z.uuid(),
        startsAt: z.string(),
        marks: z.number().int(),
        attendanceRate: z.number().nullable(),
        noShowRate: z.number().nullable(),
      }),
    ),
  }),
});
