import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { RequestContext } from '../../../core/auth/actor.js';
import type { Tx } from '../../../core/db/types.js';
import { AppError } from '../../../core/errors.js';
import { type Deps, defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { accountsRepository } from '../adapters/accounts-repository.js';
import { identityLinksRepository } from '../adapters/identity-links-repository.js';
import { identityProvidersRepository } from '../adapters/identity-providers-repository.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { sessionExpiry } from '../domain/login-policy.js';
import { newSecretToken } from '../domain/tokens.js';
import { accountErrors } from '../errors.js';
import type { SecondFactorState } from '../use-cases/login.js';
import { mustHaveSecondFactor } from '../use-cases/second-factor-requirement.js';
import { clientSecretContext, redirectUriOf } from './identity-provider-settings.js';
import {
  authorizationRequest,
  completeAuthorization,
  discover,
  type PendingAuthorization,
  providerAssertsSecondFactor,
  type VerifiedIdentity,
} from './openid.js';

/** How long the browser has to come back from the identity provider. */
const pendingMinutes = 10;

/** What the browser keeps (in a signed, HttpOnly cookie) between the start and the callback. */
export const pendingSingleSignOn = z.object({
  state: z.string(),
  nonce: z.string(),
  codeVerifier: z.string(),
  organizationId: z.uuid(),
  next: z.string().nullable(),
  expiresAt: z.number(),
});
export type PendingSingleSignOn = z.infer<typeof pendingSingleSignOn>;

/** A path of this application, never another site (an open redirect would help phishing). */
export function safeNextPath(next: string | null | undefined): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}

async function providerConnection(deps: Deps, organizationId: string) {
  const provider = await identityProvidersRepository(deps.db).ofOrganization(organizationId);
  if (!provider?.enabled) throw accountErrors.singleSignOnUnavailable();
  if (!deps.keyRing) throw accountErrors.encryptionNotConfigured();
  const clientSecret = deps.keyRing.openText(
    provider.clientSecretSealed,
    clientSecretContext(organizationId),
  );
  return { provider, connection: { issuer: provider.issuer, clientId: provider.clientId, clientSecret } };
}

const startInput = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  next: z.string().max(2000).optional(),
});

/**
 * Finds the organization whose identity provider accepts the e-mail's domain and builds the
 * authorization request (code flow, PKCE S256, state, nonce, `login_hint`). Reads only; the provider's
 * discovery document is fetched outside any transaction.
 */
export const startSingleSignOn =
  (deps: Deps) =>
  async (
    _ctx: RequestContext,
    rawInput: z.input<typeof startInput>,
  ): Promise<{ authorizationUrl: string; pending: PendingSingleSignOn }> => {
    const input = startInput.parse(rawInput);
    const domain = input.email.slice(input.email.lastIndexOf('@') + 1);
    const [provider] = await identityProvidersRepository(deps.db).enabledForDomain(domain);
    if (!provider) throw accountErrors.singleSignOnUnavailable();
    const { connection } = await providerConnection(deps, provider.organizationId);
    let request: Awaited<ReturnType<typeof authorizationRequest>>;
    try {
      request = await authorizationRequest(await discover(connection), {
        redirectUri: redirectUriOf(deps),
        loginHint: input.email,
        acr: provider.secondFactorAcr,
      });
    } catch {
      throw accountErrors.identityProviderUnreachable();
    }
    return {
      authorizationUrl: request.url.toString(),
      pending: {
        ...request.pending,
        organizationId: provider.organizationId,
        next: safeNextPath(input.next),
        expiresAt: deps.clock.now().getTime() + pendingMinutes * 60_000,
      },
    };
  };

const openSessionInput = z.object({
  organizationId: z.uuid(),
  identity: z.object({
    subject: z.string(),
    email: z.string().nullable(),
    emailVerified: z.boolean(),
    amr: z.array(z.string()),
    acr: z.string().nullable(),
  }),
  userAgent: z.string().max(500).nullish(),
});

/**
 * The account a first sign-on names: its verified e-mail, in an allowed domain, of an account that no
 * other subject of this provider is linked to (an e-mail handed to someone else at the provider does not
 * hand over the account).
 */
async function userByVerifiedEmail(
  trx: Tx,
  organizationId: string,
  provider: { issuer: string; allowedEmailDomains: readonly string[] },
  identity: { email: string | null; emailVerified: boolean },
) {
  if (!identity.email || !identity.emailVerified) throw accountErrors.singleSignOnNoAccount();
  const domain = identity.email.slice(identity.email.lastIndexOf('@') + 1);
  if (!provider.allowedEmailDomains.includes(domain)) throw accountErrors.singleSignOnNoAccount();
  const user = await accountsRepository(trx).findUserByEmail(identity.email);
  if (user && (await identityLinksRepository(trx).subjectOf(organizationId, provider.issuer, user.id))) {
    throw accountErrors.singleSignOnNoAccount();
  }
  return user;
}

/**
 * Opens a session for the staff account the provider vouched for: the account linked to the provider's
 * subject, or on a first sign-on the account of its verified e-mail, which gets linked; either way an
 * account that already works for this organization (no account is ever created here).
 * When the provider asserts a second factor, Passerelle's own is not asked; otherwise it is, as after a
 * password (required for an account that has one, to be set up for administrators).
 */
export const openSingleSignOnSession = defineUseCase(
  openSessionInput,
  async ({ input, ctx, trx, now, newId, audit }) => {
    const provider = await identityProvidersRepository(trx).ofOrganization(input.organizationId);
    const { identity } = input;
    if (!provider?.enabled) throw accountErrors.singleSignOnUnavailable();
    const accounts = accountsRepository(trx);
    const links = identityLinksRepository(trx);
    const linkedUserId = await links.userOf(input.organizationId, provider.issuer, identity.subject);
    const user = linkedUserId
      ? await accounts.findUser(linkedUserId)
      : await userByVerifiedEmail(trx, input.organizationId, provider, identity);
    if (!user || user.disabledAt) throw accountErrors.singleSignOnNoAccount();
    const memberships = await organizationsApi(trx).membershipsOfUser(user.id);
    const membership = memberships.find((m) => m.organizationId === input.organizationId);
    if (!membership) throw accountErrors.singleSignOnNoAccount();

    if (!linkedUserId) {
      await links.link({
        organizationId: input.organizationId,
        issuer: provider.issuer,
        subject: identity.subject,
        userId: user.id,
        now,
      });
    }

    const providerSecondFactor = providerAssertsSecondFactor(identity, provider.secondFactorAcr);
    const secondFactor: SecondFactorState = providerSecondFactor
      ? 'none'
      : user.totpEnabledAt
        ? 'required'
        : (await mustHaveSecondFactor(trx, memberships))
          ? 'setup_required'
          : 'none';
    const { token, hash } = newSecretToken();
    const sessionId = newId();
    await sessionsRepository(trx).insert({
      id: sessionId,
      tokenHash: hash,
      userId: user.id,
      organizationId: input.organizationId,
      csrfToken: randomBytes(24).toString('base64url'),
      secondFactorPending: secondFactor !== 'none',
      secondFactorAt: providerSecondFactor ? now : null,
      authenticationMethod: 'single_sign_on',
      now,
      expiresAt: sessionExpiry(now),
      ip: ctx.ip,
      userAgent: input.userAgent ?? null,
    });
    await accounts.recordSuccessfulLogin(user.id, input.organizationId);
    await audit.record({
      actorUserId: user.id,
      organizationId: input.organizationId,
      subjectOrganizationId: input.organizationId,
      action: 'session.login',
      resourceType: 'session',
      resourceId: sessionId,
      requestId: ctx.requestId,
      details: { method: 'single_sign_on', secondFactor, providerSecondFactor },
    });
    return { token, secondFactor };
  },
);

/**
 * The provider's answer: the pending request must be this browser's and fresh, the code is exchanged
 * with its PKCE verifier and the ID token checked (signature, issuer, audience, expiry, nonce) by
 * openid-client; then the session opens. Any failure of the protocol is SINGLE_SIGN_ON_FAILED.
 */
export const completeSingleSignOn =
  (deps: Deps) =>
  async (
    ctx: RequestContext,
    input: { pending: PendingSingleSignOn | null; callbackQuery: string; userAgent: string | null },
  ): Promise<{ token: string; secondFactor: SecondFactorState; next: string | null }> => {
    const { pending } = input;
    if (!pending || pending.expiresAt <= deps.clock.now().getTime()) throw accountErrors.singleSignOnFailed();
    const { connection } = await providerConnection(deps, pending.organizationId);
    let identity: VerifiedIdentity;
    try {
      const callbackUrl = new URL(redirectUriOf(deps));
      callbackUrl.search = input.callbackQuery;
      identity = await completeAuthorization(
        await discover(connection),
        callbackUrl,
        pending satisfies PendingAuthorization,
      );
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw accountErrors.singleSignOnFailed();
    }
    const session = await openSingleSignOnSession(deps)(ctx, {
      organizationId: pending.organizationId,
      identity,
      userAgent: input.userAgent,
    });
    return { ...session, next: pending.next };
  };
