import { followUpRoles, type Role } from '../../../core/auth/roles.js';

/** What a person is referred for, and what a service of the directory offers (DORA's thematics, narrowed). */
export const referralKinds = [
  'language_class',
  'housing',
  'health',
  'legal_aid',
  'youth_guidance',
  'employment',
  'training',
  'childcare',
  'other',
] as const;
export type ReferralKind = (typeof referralKinds)[number];

export const referralStatuses = ['pending', 'accepted', 'declined', 'completed', 'withdrawn'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

/** Why a receiver declines: coded, so that the sender and the figures read the same thing. */
export const declineReasons = [
  'not_our_public',
  'no_capacity',
  'not_eligible',
  'unreachable',
  'other',
] as const;
export type DeclineReason = (typeof declineReasons)[number];

/**
 * Who refers and who answers: staff who follow people. Funders and administrators never see a referral
 * (they do not read files). Shared with the web app, whose menu offers Referrals to these roles only.
 */
export const referralRoles: readonly Role[] = followUpRoles;

/**
 * Days a referral may stay pending before the receiver's coordinators and the sender are reminded, for
 * a sending organization that set no delay of its own (organizations' `referral_reminder_days`, 0086).
 */
export const pendingReminderDays = 7;
