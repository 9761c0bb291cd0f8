import { z } from 'zod';
import type { RequestContext } from '../../../core/auth/actor.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { type Deps, defineUseCase } from '../../../core/use-case.js';
import {
  type IdentityProviderRecord,
  identityProvidersRepository,
} from '../adapters/identity-providers-repository.js';
import { accountErrors } from '../errors.js';
import { requireRecentAuthentication } from '../use-cases/recent-authentication.js';
import { discover } from './openid.js';

const administrators = ['administrator'] as const;
const domainPattern = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export const identityProviderInput = z.object({
  /** Only for the command line and the tests (system context); staff set their own organization's. */
  organizationId: z.uuid().optional(),
  issuer: z.url({ protocol: /^https?$/ }).max(2000),
  clientId: z.string().trim().min(1).max(500),
  clientSecret: z.string().min(1).max(2000).optional(),
  allowedEmailDomains: z
    .array(z.string().trim().toLowerCase().regex(domainPattern))
    .min(1)
    .max(20)
    .transform((domains) => [...new Set(domains)]),
  secondFactorAcr: z.string().trim().min(1).max(500).nullable().default(null),
  enabled: z.boolean().default(true),
});

export const clientSecretContext = (organizationId: string) => `oidc-client-secret:${organizationId}`;

export function redirectUriOf(deps: Deps): string {
  return new URL('/api/auth/sso/callback', deps.publicUrl).toString();
}

function view(record: IdentityProviderRecord, deps: Deps) {
  return {
    issuer: record.issuer,
    clientId: record.clientId,
    allowedEmailDomains: record.allowedEmailDomains,
    secondFactorAcr: record.secondFactorAcr,
    enabled: record.enabled,
    redirectUri: redirectUriOf(deps),
    updatedAt: record.updatedAt.toISOString(),
  };
}

/** Administrators of the organization, with a recent proof of their password; or the platform itself. */
async function organizationToConfigure(
  trx: Parameters<typeof requireRecentAuthentication>[0],
  ctx: RequestContext,
  now: Date,
  requested: string | undefined,
): Promise<{ organizationId: string; userId: string | null }> {
  if (ctx.system && requested) return { organizationId: requested, userId: null };
  const actor = requireActor(ctx);
  requireRole(actor, administrators);
  await requireRecentAuthentication(trx, actor, now);
  return { organizationId: actor.organizationId, userId: actor.userId };
}

export const getIdentityProvider = defineUseCase(z.object({}), async ({ ctx, trx, deps }) => {
  const actor = requireActor(ctx);
  requireRole(actor, administrators);
  const record = await identityProvidersRepository(trx).ofOrganization(actor.organizationId);
  return { identityProvider: record ? view(record, deps) : null, redirectUri: redirectUriOf(deps) };
});

const mayConfigure = defineUseCase(identityProviderInput, async ({ input, ctx, trx, now }) => {
  const { organizationId } = await organizationToConfigure(trx, ctx, now, input.organizationId);
  const stored = await identityProvidersRepository(trx).ofOrganization(organizationId);
  return { organizationId, storedSecret: stored?.clientSecretSealed ?? null };
});

const saveIdentityProvider = defineUseCase(
  identityProviderInput.extend({ sealedSecret: z.string() }),
  async ({ input, ctx, trx, now, audit, deps }) => {
    const { organizationId, userId } = await organizationToConfigure(trx, ctx, now, input.organizationId);
    const repo = identityProvidersRepository(trx);
    await repo.upsert({
      organizationId,
      issuer: input.issuer,
      clientId: input.clientId,
      clientSecretSealed: input.sealedSecret,
      allowedEmailDomains: input.allowedEmailDomains,
      secondFactorAcr: input.secondFactorAcr,
      enabled: input.enabled,
      now,
      updatedBy: userId,
    });
    await audit.record({
      actorUserId: userId,
      organizationId,
      subjectOrganizationId: organizationId,
      action: 'organization.identity_provider_set',
      resourceType: 'organization',
      resourceId: organizationId,
      requestId: ctx.requestId,
      details: {
        fields: ['issuer', 'clientId', 'allowedEmailDomains', 'secondFactorAcr', 'enabled'].concat(
          input.clientSecret ? ['clientSecret'] : [],
        ),
        domains: input.allowedEmailDomains.length,
      },
    });
    return view((await repo.ofOrganization(organizationId))!, deps);
  },
);

/**
 * Sets the organization's provider. The permission is checked before the server fetches anything from
 * the issuer given (administrators only: the server reaching a URL chosen by a user is a risk), then
 * the discovery document must answer for that issuer, with these client credentials, before it is saved.
 * No transaction is held open while the provider is reached.
 */
export const setIdentityProvider =
  (deps: Deps) => async (ctx: RequestContext, rawInput: z.input<typeof identityProviderInput>) => {
    const input = identityProviderInput.parse(rawInput);
    const { organizationId, storedSecret } = await mayConfigure(deps)(ctx, input);
    if (!deps.keyRing) throw accountErrors.encryptionNotConfigured();
    const keyRing = deps.keyRing;
    const clientSecret =
      input.clientSecret ??
      (storedSecret ? keyRing.openText(storedSecret, clientSecretContext(organizationId)) : null);
    if (!clientSecret) throw accountErrors.identityProviderSecretRequired();
    try {
      await discover({ issuer: input.issuer, clientId: input.clientId, clientSecret });
    } catch {
      throw accountErrors.identityProviderUnreachable();
    }
    const sealedSecret = keyRing.sealText(clientSecret, clientSecretContext(organizationId));
    return saveIdentityProvider(deps)(ctx, { ...rawInput, sealedSecret });
  };
