import { z } from 'zod';
import { identityChecks } from '../modules/accounts/domain/identity-checks.js';
import { secondFactorPolicies } from '../modules/organizations/domain/second-factor-policy.js';
import { defineRoute } from './define.js';

const staffMemberParam = z.object({ userId: z.uuid() });

export const deactivateStaffRoute = defineRoute({
  operationId: 'deactivateStaff',
  method: 'POST',
  path: '/api/staff/:userId/deactivate',
  policy: 'session',
  summary:
    'Deactivate a staff member who leaves: every session ends, login refused (directors, administrators; recent re-authentication)',
  tags: ['staff'],
  params: staffMemberParam,
  response: z.object({ ok: z.literal(true), endedSessions: z.number().int() }),
});

export const reactivateStaffRoute = defineRoute({
  operationId: 'reactivateStaff',
  method: 'POST',
  path: '/api/staff/:userId/reactivate',
  policy: 'session',
  summary: 'Reactivate a deactivated staff member (directors, administrators; recent re-authentication)',
  tags: ['staff'],
  params: staffMemberParam,
  response: z.object({ ok: z.literal(true) }),
});

export const endStaffSessionsRoute = defineRoute({
  operationId: 'endStaffSessions',
  method: 'POST',
  path: '/api/staff/:userId/end-sessions',
  policy: 'session',
  summary:
    'End every session of a staff member without deactivating them (directors, administrators; recent re-authentication)',
  tags: ['staff'],
  params: staffMemberParam,
  response: z.object({ ok: z.literal(true), endedSessions: z.number().int() }),
});

const secondFactorPolicyView = z.object({ requiredFor: z.enum(secondFactorPolicies) });

export const getSecondFactorPolicyRoute = defineRoute({
  operationId: 'getSecondFactorPolicy',
  method: 'GET',
  path: '/api/organization/second-factor-policy',
  policy: 'session',
  summary: 'Who must log in with a second factor in the current organization (directors, administrators)',
  tags: ['organizations'],
  response: secondFactorPolicyView,
});

export const setSecondFactorPolicyRoute = defineRoute({
  operationId: 'setSecondFactorPolicy',
  method: 'PUT',
  path: '/api/organization/second-factor-policy',
  policy: 'session',
  summary:
    'Require a second factor of administrators only or of all staff (directors, administrators; recent re-authentication)',
  tags: ['organizations'],
  body: secondFactorPolicyView,
  response: secondFactorPolicyView,
});

export const resetStaffSecondFactorRoute = defineRoute({
  operationId: 'resetStaffSecondFactor',
  method: 'POST',
  path: '/api/staff/:userId/reset-second-factor',
  policy: 'session',
  summary:
    'Remove the authenticator app of a colleague who lost it, after checking who they are: every session ends and they set up a new one at the next login (directors, administrators; recent re-authentication)',
  tags: ['staff'],
  params: staffMemberParam,
  body: z.object({ identityCheck: z.enum(identityChecks) }),
  response: z.object({ ok: z.literal(true), endedSessions: z.number().int() }),
});
