/** The working group's figures per pathway over a period: counts only, never a name. */
import { z } from 'zod';
import { pathwayStepKinds } from '../../modules/recognition/domain/vocabulary.js';
import { defineRoute, isoDate } from '../define.js';
import { endsAfterStart } from '../primitives.js';
import { occupationView, tags } from './shared.js';

/**
 * The working group's figures over a period: the cases that ran during it, as they stood at its end, and
 * the fund's disbursements paid in it. Either side may stay open.
 */
export const recognitionFiguresQuery = z
  .object({ from: isoDate.optional(), to: isoDate.optional() })
  .refine(...endsAfterStart('from', 'to'));

/** The working group's figures for one pathway: counts only, never a name. */
export const pathwayFiguresView = z.object({
  pathwayId: z.uuid(),
  occupation: occupationView,
  jurisdiction: z.string(),
  routeName: z.string().nullable(),
  illustrative: z.boolean(),
  people: z.number().int().describe('Distinct people with a case on the pathway'),
  open: z.number().int(),
  results: z.object({
    recognised: z.number().int(),
    partial: z.number().int(),
    refused: z.number().int(),
  }),
  closedWithoutResult: z.number().int(),
  /** Per version that has cases, its steps: where people are, how long a step takes, where they stop. */
  versions: z.array(
    z.object({
      versionId: z.uuid(),
      number: z.number().int(),
      cases: z.number().int(),
      steps: z.array(
        z.object({
          position: z.number().int(),
          kind: z.enum(pathwayStepKinds),
          labelFr: z.string(),
          labelEn: z.string(),
          inProgress: z.number().int(),
          done: z.number().int(),
          /** Median days from start to end of the step, over steps done with both dates; null when none. */
          medianDays: z.number().nullable(),
          /** Cases that stopped at this step: failed, or closed without a result while it was the next one. */
          dropOuts: z.number().int(),
        }),
      ),
    }),
  ),
  /**
   * People holding a contract in an occupation equivalent to the pathway's (same ESCO occupation, ISCO-08
   * unit group, or a national code the crosswalks call the same job), held since their case started and
   * during the period: with the credential the case gave, or still on their way (counted once).
   */
  employedInField: z.object({
    credentialObtained: z.number().int(),
    inProgress: z.number().int(),
  }),
  /** What the fund's loans paid out for this pathway's steps, per currency (from the fund's books). */
  fundPaid: z.array(
    z.object({
      currency: z.string(),
      disbursedCents: z.number().int(),
      loans: z.number().int(),
    }),
  ),
});
export type PathwayFiguresView = z.infer<typeof pathwayFiguresView>;

export const recognitionFiguresRoute = defineRoute({
  operationId: 'recognitionFigures',
  method: 'GET',
  path: '/api/recognition/figures',
  policy: 'session',
  summary:
    'The working group’s figures per pathway: people, where they are stuck, drop-outs, results and what the fund paid',
  tags,
  query: recognitionFiguresQuery,
  response: z.object({
    /** The days covered; null on an open side. */
    period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
    pathways: z.array(pathwayFiguresView),
  }),
});
