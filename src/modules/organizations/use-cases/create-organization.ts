import { z } from 'zod';
import { requireSystem } from '../../../core/auth/actor.js';
import { DEFAULT_TIME_ZONE } from '../../../core/time-zone.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsRepository } from '../adapters/organizations-repository.js';
import { secondFactorPolicyRepository } from '../adapters/second-factor-policy-repository.js';
import { organizationKinds } from '../domain/organization-kinds.js';
import { secondFactorPolicies } from '../domain/second-factor-policy.js';
import { timeZoneName } from '../domain/time-zone-name.js';

export const createOrganizationInput = z.object({
  name: z.string().trim().min(2).max(200),
  shortName: z.string().trim().max(40).nullish(),
  kind: z.enum(organizationKinds),
  country: z.string().length(2).toUpperCase(),
  region: z.string().trim().max(120).nullish(),
  city: z.string().trim().max(120).nullish(),
  defaultLocale: z.enum(['fr', 'en']).default('fr'),
  /** Where its times are shown (IANA name Intl knows); UTC until an administrator sets it. */
  timeZone: timeZoneName.default(DEFAULT_TIME_ZONE),
  sites: z
    .array(
      z.object({ name: z.string().trim().min(2), address: z.string().nullish(), city: z.string().nullish() }),
    )
    .default([]),
  /** A real installation asks every staff member for a second factor (ASVS 6.3.2); the demo does not. */
  secondFactorRequiredFor: z.enum(secondFactorPolicies).default('all_staff'),
});

/** Organizations are created by the platform operator (command line, demo loader). */
export const createOrganization = defineUseCase(
  createOrganizationInput,
  async ({ input, ctx, trx, now, newId, audit }) => {
    requireSystem(ctx);
    const repo = organizationsRepository(trx);
    const id = newId();
    await repo.insertOrganization({
      id,
      name: input.name,
      shortName: input.shortName ?? null,
      kind: input.kind,
      country: input.country,
      region: input.region ?? null,
      city: input.city ?? null,
      defaultLocale: input.defaultLocale,
      timeZone: input.timeZone,
      createdAt: now,
    });
    await secondFactorPolicyRepository(trx).set(id, input.secondFactorRequiredFor);
    for (const site of input.sites) {
      await repo.insertSite({
        id: newId(),
        organizationId: id,
        name: site.name,
        address: site.address ?? null,
        city: site.city ?? null,
        createdAt: now,
      });
    }
    await audit.record({
      actorUserId: null,
      organizationId: null,
      subjectOrganizationId: id,
      action: 'organization.create',
      resourceType: 'organization',
      resourceId: id,
      requestId: ctx.requestId,
    });
    return { id };
  },
);
