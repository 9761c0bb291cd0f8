import type { Role } from '../../../core/auth/roles.js';
import type { QualificationComparison } from '../../matching/domain/qualification-level.js';

/**
 * Why a contract ended before its term. Coded so that the outcomes can tell a positive exit (hired
 * elsewhere, a training) from a break; "moved on to a job elsewhere" is what SIAE report as a success.
 */
export const earlyEndReasons = [
  'hired_elsewhere',
  'training',
  'resignation',
  'mutual_agreement',
  'trial_period',
  'dismissal',
  'health',
  'moved_away',
  'other',
] as const;
export type EarlyEndReason = (typeof earlyEndReasons)[number];

/** Why a contract is suspended for a while (an immersion elsewhere, a sick leave, a training…). */
export const suspensionReasons = ['immersion', 'trial_elsewhere', 'training', 'sick_leave', 'other'] as const;
export type SuspensionReason = (typeof suspensionReasons)[number];

/** Who reads a person's placements: the staff who work with people's files. */
export const placementReadRoles: readonly Role[] = [
  'counselor',
  'program_referent',
  'coordinator',
  'director',
  'administrator',
];
/** Who records hires and their changes: the staff who follow people. */
export const placementWriteRoles: readonly Role[] = [
  'counselor',
  'program_referent',
  'coordinator',
  'director',
];
/** Who sets how long before a contract's end referents are alerted. */
export const placementSettingsRoles: readonly Role[] = ['administrator', 'coordinator', 'director'];

/** Days before the end of a contract when the referent is alerted, unless the organization sets another. */
export const defaultEndAlertDays = 30;
export const maxEndAlertDays = 180;

/** The job's ISCO skill level against the person's at hire (matching's pure comparison). */
export const qualificationComparisons = [
  'at_level',
  'below_level',
  'above_level',
  'unknown',
] as const satisfies readonly QualificationComparison[];
