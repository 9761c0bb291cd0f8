import { z } from 'zod';
import { reminderDelaysBody } from '../modules/organizations/domain/reminder-delays.js';
import { defineRoute } from './define.js';

/** An organization's reminder delays (migration 0086, docs/referrals.md and docs/handoffs.md). */
const reminderDelaysView = z.object({
  referralDays: z.number().int(),
  handoffDays: z.number().int(),
  /** Whether the reader may change them (administrators, directors, coordinators). */
  canChange: z.boolean(),
});

export const organizationReminderDelaysRoute = defineRoute({
  operationId: 'organizationReminderDelays',
  method: 'GET',
  path: '/api/organization/reminder-delays',
  policy: 'session',
  summary:
    'The days a referral the organization sent may stay pending, and a hand-off it proposed may wait, before both sides are reminded',
  tags: ['organizations'],
  response: reminderDelaysView,
});

export const setOrganizationReminderDelaysRoute = defineRoute({
  operationId: 'setOrganizationReminderDelays',
  method: 'PUT',
  path: '/api/organization/reminder-delays',
  policy: 'session',
  summary:
    "Set the organization's reminder delays for referrals and hand-offs, 1 to 60 days each (administrators, directors, coordinators)",
  tags: ['organizations'],
  body: reminderDelaysBody,
  response: reminderDelaysView,
});
