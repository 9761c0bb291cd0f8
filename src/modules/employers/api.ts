/**
 * What other modules may ask of the employers directory (offers, applications, placements,
 * immersions, matching). They never read its tables. Every lookup is scoped like the directory: an
 * organization sees its own employers and those its consortium partners share; anything else is
 * `undefined`, as if it did not exist.
 */
import type { Executor } from '../../core/db/types.js';
import { employerDetailsRepository } from './adapters/details-repository.js';
import { employersRepository } from './adapters/employers-repository.js';
import { formatLegalIdentifier, type LegalIdentifierScheme } from './domain/legal-identifier.js';
import type { SiaeKind } from './domain/vocabulary.js';
import { partnersOf, readableBy } from './use-cases/employer-access.js';

export { commitmentStatuses, mayMoveCommitment } from './domain/commitment-status.js';
export { employerReadRoles, employerWriteRoles } from './domain/employer-roles.js';
export {
  checkLegalIdentifier,
  employerCountries,
  formatLegalIdentifier,
  legalIdentifierSchemeOf,
} from './domain/legal-identifier.js';
export { normalizePostalCode } from './domain/postal-code.js';
export { sectorSchemeOf } from './domain/sector.js';
export * from './domain/vocabulary.js';
export {
  type EmployerImportOutcome,
  type EmployerImportRow,
  type EmployerImportScope,
  employerImportRow,
  upsertEmployersByLegalIdentifier,
} from './use-cases/upsert-employers.js';

export interface EmployerSummary {
  id: string;
  name: string;
  country: 'FR' | 'US' | 'CA';
  legalIdentifier: { scheme: LegalIdentifierScheme; value: string; display: string } | null;
  siae: boolean;
  siaeKind: SiaeKind | null;
  siaeConsortiumId: string | null;
  /** The organization whose directory holds it. */
  organizationId: string;
  /** False for a consortium partner's employer shared with the asking organization (read only). */
  ownedByOrganization: boolean;
}

/** An employer as `organizationId` may see it: its own, or a consortium partner's shared one. */
export async function employerSummary(
  db: Executor,
  employerId: string,
  organizationId: string,
): Promise<EmployerSummary | undefined> {
  const employer = await employersRepository(db).find(employerId);
  if (!employer || !(await readableBy(db, employer, organizationId))) return undefined;
  return {
    id: employer.id,
    name: employer.name,
    country: employer.country,
    legalIdentifier:
      employer.legalIdScheme && employer.legalId
        ? {
            scheme: employer.legalIdScheme,
            value: employer.legalId,
            display: formatLegalIdentifier(employer.legalIdScheme, employer.legalId),
          }
        : null,
    siae: employer.siae,
    siaeKind: employer.siaeKind,
    siaeConsortiumId: employer.siaeConsortiumId,
    organizationId: employer.organizationId,
    ownedByOrganization: employer.organizationId === organizationId,
  };
}

export interface SiteSummary {
  id: string;
  employerId: string;
  employerName: string;
  name: string;
  addressLine: string | null;
  postalCode: string | null;
  city: string;
  country: 'FR' | 'US' | 'CA';
  /** The municipality (places module) and its coordinates, when the address was resolved. */
  place: { code: string; latitude: number; longitude: number } | null;
  /** Removed from the employer's list since; kept for what named it. */
  removed: boolean;
}

/** A site of an employer `organizationId` may see (removed ones too, marked). */
export async function siteSummary(
  db: Executor,
  siteId: string,
  organizationId: string,
): Promise<SiteSummary | undefined> {
  const site = await employerDetailsRepository(db).findSite(siteId);
  if (!site) return undefined;
  const employer = await employersRepository(db).find(site.employerId);
  if (!employer || !(await readableBy(db, employer, organizationId))) return undefined;
  return {
    id: site.id,
    employerId: employer.id,
    employerName: employer.name,
    name: site.name,
    addressLine: site.addressLine,
    postalCode: site.postalCode,
    city: site.city,
    country: site.country,
    place:
      site.placeCode !== null && site.latitude !== null && site.longitude !== null
        ? { code: site.placeCode, latitude: site.latitude, longitude: site.longitude }
        : null,
    removed: site.removedAt !== null,
  };
}

export interface ContactSummary {
  id: string;
  employerId: string;
  givenName: string;
  familyName: string;
  jobTitle: string | null;
  active: boolean;
}

/** A contact of an employer `organizationId` may see (an immersion's tutor); undefined otherwise. */
export async function contactSummary(
  db: Executor,
  contactId: string,
  employerId: string,
  organizationId: string,
): Promise<ContactSummary | undefined> {
  const employer = await employersRepository(db).find(employerId);
  if (!employer || !(await readableBy(db, employer, organizationId))) return undefined;
  const contact = await employerDetailsRepository(db).findContact(contactId, employerId);
  if (!contact) return undefined;
  return {
    id: contact.id,
    employerId: contact.employerId,
    givenName: contact.givenName,
    familyName: contact.familyName,
    jobTitle: contact.jobTitle,
    active: contact.active,
  };
}

/**
 * Employers the organization reads (its own, and those its consortium partners share) with a site in
 * one of these places (a region's, from the places module's `placeCodesInDistrict`), by name, at most
 * `limit`, each with the towns of those sites: the employers of a region.
 */
export async function employersWithSitesIn(
  db: Executor,
  query: { organizationId: string; country: string; placeCodes: readonly string[]; limit: number },
): Promise<{ id: string; name: string; towns: string[] }[]> {
  if (query.placeCodes.length === 0) return [];
  const partners = await partnersOf(db, query.organizationId);
  const rows = await db
    .selectFrom('employers as e')
    .innerJoin('employer_sites as s', 's.employer_id', 'e.id')
    .select(['e.id', 'e.name', 's.city'])
    .where('s.removed_at', 'is', null)
    .where('s.country', '=', query.country)
    .where('s.place_code', 'in', [...query.placeCodes])
    .where((eb) =>
      eb.or([
        eb('e.organization_id', '=', query.organizationId),
        ...(partners.length > 0
          ? [eb.and([eb('e.shared_with_consortium', '=', true), eb('e.organization_id', 'in', partners)])]
          : []),
      ]),
    )
    .orderBy('e.name')
    .orderBy('e.id')
    .execute();
  const byId = new Map<string, { id: string; name: string; towns: string[] }>();
  for (const row of rows) {
    const employer = byId.get(row.id) ?? { id: row.id, name: row.name, towns: [] };
    if (!employer.towns.includes(row.city)) employer.towns.push(row.city);
    byId.set(row.id, employer);
  }
  return [...byId.values()].slice(0, query.limit);
}
