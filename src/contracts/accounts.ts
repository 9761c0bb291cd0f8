import { z } from 'zod';
import { roles } from '../core/auth/roles.js';
import { defineRoute, paged, pageQuery } from './define.js';
import { plainText, storableUrl } from './primitives.js';

const secondFactorState = z.enum(['none', 'required', 'setup_required']);

export const sessionView = z
  .object({
    user: z.object({
      id: z.uuid(),
      displayName: z.string(),
      email: z.string(),
      locale: z.enum(['fr', 'en', 'ar']),
    }),
    organization: z.object({
      id: z.uuid(),
      name: z.string(),
      kind: z.string(),
      country: z.string(),
      /** IANA time zone: the web app shows every time in it, whatever the browser's. */
      timeZone: z.string(),
    }),
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
  operationId: 'login',
  method: 'POST',
  path: '/api/auth/login',
  policy: 'public',
  summary: 'Log in with e-mail and password',
  tags: ['auth'],
  body: z.object({ email: plainText().max(320), password: plainText().max(1000) }),
  response: z.object({ secondFactor: secondFactorState }),
});

export const secondFactorRoute = defineRoute({
  operationId: 'secondFactor',
  method: 'POST',
  path: '/api/auth/second-factor',
  policy: 'public',
  summary: 'Complete a login with the current code of the authenticator app',
  tags: ['auth'],
  body: z.object({ code: plainText().regex(/^\d{6}$/) }),
  response: z.object({ ok: z.literal(true) }),
});

export const totpSetupRoute = defineRoute({
  operationId: 'totpSetup',
  method: 'POST',
  path: '/api/auth/second-factor/setup',
  policy: 'public',
  summary: 'Start setting up an authenticator app (during login or from the account page)',
  tags: ['auth'],
  response: z.object({ secret: z.string(), otpauthUri: z.string() }),
});

export const totpConfirmRoute = defineRoute({
  operationId: 'totpConfirm',
  method: 'POST',
  path: '/api/auth/second-factor/confirm',
  policy: 'public',
  summary: 'Confirm the authenticator app with its current code; completes a pending login',
  tags: ['auth'],
  body: z.object({ code: plainText().regex(/^\d{6}$/) }),
  response: z.object({ ok: z.literal(true) }),
});

export const logoutRoute = defineRoute({
  operationId: 'logout',
  method: 'POST',
  path: '/api/auth/logout',
  policy: 'public',
  summary: 'End this session',
  tags: ['auth'],
  response: z.object({ ok: z.literal(true) }),
});

export const logoutEverywhereRoute = defineRoute({
  operationId: 'logoutEverywhere',
  method: 'POST',
  path: '/api/auth/logout-everywhere',
  policy: 'session',
  summary: 'End every session of the current account, on every device',
  tags: ['auth'],
  response: z.object({ ended: z.number().int() }),
});

export const currentSessionRoute = defineRoute({
  operationId: 'currentSession',
  method: 'GET',
  path: '/api/auth/session',
  policy: 'session',
  summary: 'Who is logged in, for which organization, with which role',
  tags: ['auth'],
  response: sessionView,
});

export const switchOrganizationRoute = defineRoute({
  operationId: 'switchOrganization',
  method: 'POST',
  path: '/api/auth/organization',
  policy: 'session',
  summary: 'Work for another organization the account belongs to',
  tags: ['auth'],
  body: z.object({ organizationId: z.uuid() }),
  response: sessionView,
});

export const setLocaleRoute = defineRoute({
  operationId: 'setLocale',
  method: 'POST',
  path: '/api/auth/locale',
  policy: 'session',
  summary: 'Remember the language of the interface for this account',
  tags: ['auth'],
  body: z.object({ locale: z.enum(['fr', 'en', 'ar']) }),
  response: z.object({ locale: z.enum(['fr', 'en', 'ar']) }),
});

export const requestPasswordResetRoute = defineRoute({
  operationId: 'requestPasswordReset',
  method: 'POST',
  path: '/api/auth/password-reset',
  policy: 'public',
  summary: 'E-mail a single-use reset link (answers the same whether the account exists or not)',
  tags: ['auth'],
  body: z.object({ email: plainText().max(320), locale: z.enum(['fr', 'en']).default('fr') }),
  response: z.object({ ok: z.literal(true) }),
});

export const confirmPasswordResetRoute = defineRoute({
  operationId: 'confirmPasswordReset',
  method: 'POST',
  path: '/api/auth/password-reset/confirm',
  policy: 'public',
  summary: 'Choose a new password with the token from the e-mail; ends every open session',
  tags: ['auth'],
  body: z.object({ token: plainText().min(20).max(200), password: plainText().max(1000) }),
  response: z.object({ ok: z.literal(true) }),
});

export const changePasswordRoute = defineRoute({
  operationId: 'changePassword',
  method: 'POST',
  path: '/api/auth/password',
  policy: 'session',
  summary:
    'Choose a new password, proving the current one; ends the other sessions of the account and its unused reset links',
  tags: ['auth'],
  body: z.object({ currentPassword: plainText().max(1000), newPassword: plainText().max(1000) }),
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
  operationId: 'listStaff',
  method: 'GET',
  path: '/api/staff',
  policy: 'session',
  summary: 'Staff of the current organization with their roles, by name',
  tags: ['staff'],
  query: pageQuery.extend({ pageSize: pageQuery.shape.pageSize.default(100) }),
  response: paged(staffMember),
});

export const createStaffRoute = defineRoute({
  operationId: 'createStaff',
  method: 'POST',
  path: '/api/staff',
  policy: 'session',
  summary: 'Give a role in the current organization to a new or existing account (administrators)',
  tags: ['staff'],
  body: z.object({
    email: plainText().max(320),
    displayName: plainText().min(2).max(200),
    role: z.enum(roles),
    locale: z.enum(['fr', 'en']).default('fr'),
  }),
  response: z.object({ userId: z.uuid(), invited: z.boolean() }),
  successStatus: 201,
});

export const outboxRoute = defineRoute({
  operationId: 'outbox',
  method: 'GET',
  path: '/api/dev/outbox',
  policy: 'session',
  summary:
    'Development only: the e-mails and SMS the platform would have sent to you, and for your organization to staff who work with people’s files (absent in production)',
  tags: ['system'],
  response: z.object({
    items: z.array(
      z.object({
        id: z.string(),
        channel: z.enum(['email', 'sms']),
        /** An e-mail address, or a mobile number in E.164 for an SMS. */
        to: z.string(),
        /** Null for an SMS. */
        subject: z.string().nullable(),
        text: z.string(),
        sentAt: z.string(),
      }),
    ),
    /** How SMS leave here: through a provider, kept in this outbox, or not at all. */
    sms: z.enum(['provider', 'outbox', 'disabled']),
  }),
});

export const activeSession = z
  .object({
    id: z.uuid(),
    createdAt: z.string(),
    lastSeenAt: z.string(),
    /** When it ends without further activity (idle or absolute timeout, the sooner). */
    endsAt: z.string(),
    device: z.object({ browser: z.string().nullable(), system: z.string().nullable() }),
    method: z.enum(['password', 'single_sign_on']),
    current: z.boolean(),
  })
  .meta({ id: 'ActiveSession' });

export const listActiveSessionsRoute = defineRoute({
  operationId: 'listActiveSessions',
  method: 'GET',
  path: '/api/auth/sessions',
  policy: 'session',
  summary: "The account's open sessions on every device, the one in use first",
  tags: ['auth'],
  query: pageQuery.extend({ pageSize: pageQuery.shape.pageSize.default(50) }),
  response: paged(activeSession).extend({
    idleMinutes: z.number().int(),
    absoluteHours: z.number().int(),
  }),
});

export const endSessionRoute = defineRoute({
  operationId: 'endSession',
  method: 'DELETE',
  path: '/api/auth/sessions/:sessionId',
  policy: 'session',
  summary: 'End one of the sessions of the account (another account’s answers not found)',
  tags: ['auth'],
  params: z.object({ sessionId: z.uuid() }),
  response: z.object({ ended: z.number().int() }),
});

export const endOtherSessionsRoute = defineRoute({
  operationId: 'endOtherSessions',
  method: 'POST',
  path: '/api/auth/sessions/end-others',
  policy: 'session',
  summary: 'End every session of the account except the one in use',
  tags: ['auth'],
  response: z.object({ ended: z.number().int() }),
});

export const reauthenticateRoute = defineRoute({
  operationId: 'reauthenticate',
  method: 'POST',
  path: '/api/auth/reauthenticate',
  policy: 'session',
  summary:
    'Prove the password again (and the code when the account has a second factor) before a sensitive action',
  tags: ['auth'],
  body: z.object({
    password: plainText().max(1000),
    code: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
  }),
  response: z.object({ ok: z.literal(true), validUntil: z.string() }),
});

export const beginSecondFactorChangeRoute = defineRoute({
  operationId: 'beginSecondFactorChange',
  method: 'POST',
  path: '/api/auth/second-factor/change',
  policy: 'session',
  summary: 'Set up or replace the authenticator app (needs a recent password and code)',
  tags: ['auth'],
  response: z.object({ secret: z.string(), otpauthUri: z.string() }),
});

export const confirmSecondFactorChangeRoute = defineRoute({
  operationId: 'confirmSecondFactorChange',
  method: 'POST',
  path: '/api/auth/second-factor/change/confirm',
  policy: 'session',
  summary: 'Confirm the new authenticator app with its code; ends the other sessions of the account',
  tags: ['auth'],
  body: z.object({ code: plainText().regex(/^\d{6}$/) }),
  response: z.object({ ok: z.literal(true), endedSessions: z.number().int() }),
});

export const startSingleSignOnRoute = defineRoute({
  operationId: 'startSingleSignOn',
  method: 'POST',
  path: '/api/auth/sso/start',
  policy: 'public',
  summary:
    "Begin a log-in through the identity provider of the organization of this e-mail's domain (OpenID Connect)",
  tags: ['auth'],
  body: z.object({
    email: plainText().max(320),
    /** Where to go after the login: a path of this application. */
    next: plainText().max(2000).optional(),
  }),
  response: z.object({ authorizationUrl: z.string() }),
});

export const singleSignOnCallbackRoute = defineRoute({
  operationId: 'singleSignOnCallback',
  method: 'GET',
  path: '/api/auth/sso/callback',
  policy: 'public',
  summary:
    'Where the identity provider sends the browser back; opens the session and redirects (303) into the application',
  tags: ['auth'],
  query: z.object({
    code: plainText().max(4000).optional(),
    state: plainText().max(200).optional(),
    iss: plainText().max(2000).optional(),
    error: plainText().max(200).optional(),
    error_description: plainText().max(2000).optional(),
    session_state: plainText().max(2000).optional(),
  }),
  response: z.object({}),
});

export const identityProviderView = z
  .object({
    issuer: z.string(),
    clientId: z.string(),
    allowedEmailDomains: z.array(z.string()),
    secondFactorAcr: z.string().nullable(),
    enabled: z.boolean(),
    redirectUri: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'IdentityProvider' });

export const getIdentityProviderRoute = defineRoute({
  operationId: 'getIdentityProvider',
  method: 'GET',
  path: '/api/auth/identity-provider',
  policy: 'session',
  summary: "The organization's single sign-on provider, without its secret (administrators)",
  tags: ['auth'],
  response: z.object({ identityProvider: identityProviderView.nullable(), redirectUri: z.string() }),
});

export const setIdentityProviderRoute = defineRoute({
  operationId: 'setIdentityProvider',
  method: 'PUT',
  path: '/api/auth/identity-provider',
  policy: 'session',
  summary:
    "Set the organization's OpenID Connect provider (administrators, recent password); its discovery document is fetched to check it",
  tags: ['auth'],
  body: z.object({
    issuer: storableUrl().max(2000),
    clientId: plainText().min(1).max(500),
    /** Kept sealed; leave out to keep the stored one. */
    clientSecret: plainText().min(1).max(2000).optional(),
    allowedEmailDomains: z.array(plainText().max(253)).min(1).max(20),
    secondFactorAcr: plainText().max(500).nullable().default(null),
    enabled: z.boolean().default(true),
  }),
  response: identityProviderView,
});
