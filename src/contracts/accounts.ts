import { z } from 'zod';
import { roles } from '../core/auth/roles.js';
import { defineRoute, paged, pageQuery } from './define.js';

const secondFactorState = z.enum(['none', 'required', 'setup_required']);

export const sessionView = z
  .object({
    user: z.object({
      id: z.uuid(),
      displayName: z.string(),
      email: z.string(),
      locale: z.enum(['fr', 'en', 'ar']),
    }),
    organization: z.object({ id: z.uuid(), name: z.string(), kind: z.string(), country: z.string() }),
    role: z.enum(roles),
    memberships: z.array(
      z.object({ organizationId: z.uuid(), organizationName: z.string(), role: z.enum(roles) }),
    ),
    consortia: z.array(z.object({ id: z.uuid(), name: z.string(), coordinated: z.boolean() })),
    csrfToken: z.string(),
    secondFactorEnabled: z.boolean(),
  })
  .meta({ id: 'Session' });
export type SessionView = z.infer<typeof sessionView>;

export const loginRoute = defineRoute({
  method: 'POST',
  path: '/api/auth/login',
  policy: 'public',
  summary: 'Log in with e-mail and password',
  tags: ['auth'],
  body: z.object({ email: z.string().max(320), password: z.string().max(1000) }),
  response: z.object({ secondFactor: secondFactorState }),
});

export const secondFactorRoute = defineRoute({
  method: 'POST',
  path: '/api/auth/second-factor',
  policy: 'public',
  summary: 'Complete a login with the current code of the authenticator app',
  tags: ['auth'],
  body: z.object({ code: z.string().regex(/^\d{6}$/) }),
  response: z.object({ ok: z.literal(true) }),
});

export const totpSetupRoute = defineRoute({
  method: 'POST',
  path: '/api/auth/second-factor/setup',
  policy: 'public',
  summary: 'Start setting up an authenticator app (during login or from the account page)',
  tags: ['auth'],
  response: z.object({ secret: z.string(), otpauthUri: z.string() }),
});

export const totpConfirmRoute = defineRoute({
  method: 'POST',
  path: '/api/auth/second-factor/confirm',
  policy: 'public',
  summary: 'Confirm the authenticator app with its current code; completes a pending login',
  tags: ['auth'],
  body: z.object({ code: z.string().regex(/^\d{6}$/) }),
  response: z.object({ ok: z.literal(true) }),
});

export const logoutRoute = defineRoute({
  method: 'POST',
  path: '/api/auth/logout',
  policy: 'public',
  summary: 'End this session',
  tags: ['auth'],
  response: z.object({ ok: z.literal(true) }),
});

export const logoutEverywhereRoute = defineRoute({
  method: 'POST',
  path: '/api/auth/logout-everywhere',
  policy: 'session',
  summary: 'End every session of the current account, on every device',
  tags: ['auth'],
  response: z.object({ ended: z.number().int() }),
});

export const currentSessionRoute = defineRoute({
  method: 'GET',
  path: '/api/auth/session',
  policy: 'session',
  summary: 'Who is logged in, for which organization, with which role',
  tags: ['auth'],
  response: sessionView,
});

export const switchOrganizationRoute = defineRoute({
  method: 'POST',
  path: '/api/auth/organization',
  policy: 'session',
  summary: 'Work for another organization the account belongs to',
  tags: ['auth'],
  body: z.object({ organizationId: z.uuid() }),
  response: sessionView,
});

export const setLocaleRoute = defineRoute({
  method: 'POST',
  path: '/api/auth/locale',
  policy: 'session',
  summary: 'Remember the language of the interface for this account',
  tags: ['auth'],
  body: z.object({ locale: z.enum(['fr', 'en', 'ar']) }),
  response: z.object({ locale: z.enum(['fr', 'en', 'ar']) }),
});

export const requestPasswordResetRoute = defineRoute({
  method: 'POST',
  path: '/api/auth/password-reset',
  policy: 'public',
  summary: 'E-mail a single-use reset link (answers the same whether the account exists or not)',
  tags: ['auth'],
  body: z.object({ email: z.string().max(320), locale: z.enum(['fr', 'en']).default('fr') }),
  response: z.object({ ok: z.literal(true) }),
});

export const confirmPasswordResetRoute = defineRoute({
  method: 'POST',
  path: '/api/auth/password-reset/confirm',
  policy: 'public',
  summary: 'Choose a new password with the token from the e-mail; ends every open session',
  tags: ['auth'],
  body: z.object({ token: z.string().min(20).max(200), password: z.string().max(1000) }),
  response: z.object({ ok: z.literal(true) }),
});

export const changePasswordRoute = defineRoute({
  method: 'POST',
  path: '/api/auth/password',
  policy: 'session',
  summary:
    'Choose a new password, proving the current one; ends the other sessions of the account and its unused reset links',
  tags: ['auth'],
  body: z.object({ currentPassword: z.string().max(1000), newPassword: z.string().max(1000) }),
  response: z.object({ endedSessions: z.number().int() }),
});

export const staffMember = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  role: z.enum(roles),
  secondFactorEnabled: z.boolean(),
  disabled: z.boolean(),
});

export const listStaffRoute = defineRoute({
  method: 'GET',
  path: '/api/staff',
  policy: 'session',
  summary: 'Staff of the current organization with their roles, by name',
  tags: ['staff'],
  query: pageQuery.extend({ pageSize: pageQuery.shape.pageSize.default(100) }),
  response: paged(staffMember),
});

export const createStaffRoute = defineRoute({
  method: 'POST',
  path: '/api/staff',
  policy: 'session',
  summary: 'Give a role in the current organization to a new or existing account (administrators)',
  tags: ['staff'],
  body: z.object({
    email: z.string().max(320),
    displayName: z.string().min(2).max(200),
    role: z.enum(roles),
    locale: z.enum(['fr', 'en']).default('fr'),
  }),
  response: z.object({ userId: z.uuid(), invited: z.boolean() }),
  successStatus: 201,
});

export const outboxRoute = defineRoute({
  method: 'GET',
  path: '/api/dev/outbox',
  policy: 'session',
  summary:
    'Development only: the e-mails the platform would have sent to you, and for your organization to staff who work with people’s files (absent in production)',
  tags: ['system'],
  response: z.object({
    items: z.array(
      z.object({ id: z.string(), to: z.string(), subject: z.string(), text: z.string(), sentAt: z.string() }),
    ),
  }),
});
