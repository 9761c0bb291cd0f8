import type { EmployerListItem, EmployerView } from '../../../contracts/employers.js';
import type { Executor } from '../../../core/db/types.js';
import { organizationsApi } from '../../organizations/api.js';
import { findPlaces, type Place } from '../../places/api.js';
import type { CommitmentRecord, ContactRecord, SiteRecord } from '../adapters/details-repository.js';
import type { EmployerListRow, EmployerRecord } from '../adapters/employers-repository.js';
import { nextCommitmentStatuses } from '../domain/commitment-status.js';
import { formatLegalIdentifier } from '../domain/legal-identifier.js';

/** The names of the organizations owning these employers, read once. */
export async function ownerNames(
  db: Executor,
  organizationIds: readonly string[],
): Promise<Map<string, string>> {
  const found = await organizationsApi(db).listOrganizations([...new Set(organizationIds)]);
  return new Map(found.map((o) => [o.id, o.name]));
}

function identity(employer: EmployerRecord) {
  return {
    legalIdentifier:
      employer.legalIdScheme && employer.legalId
        ? {
            scheme: employer.legalIdScheme,
            value: employer.legalId,
            display: formatLegalIdentifier(employer.legalIdScheme, employer.legalId),
          }
        : null,
    sector:
      employer.sectorScheme && employer.sectorCode
        ? { scheme: employer.sectorScheme, code: employer.sectorCode, label: employer.sectorLabel }
        : null,
  };
}

export function listItemOf(
  row: EmployerListRow,
  organizationId: string,
  owners: Map<string, string>,
): EmployerListItem {
  return {
    id: row.id,
    name: row.name,
    country: row.country,
    ...identity(row),
    sizeBand: row.sizeBand,
    siae: row.siae,
    siaeKind: row.siaeKind,
    city: row.city,
    sharedWithConsortium: row.sharedWithConsortium,
    sharedWithMe: row.organizationId !== organizationId,
    owner: { organizationId: row.organizationId, organizationName: owners.get(row.organizationId) ?? '—' },
    openCommitments: row.openCommitments,
    lastEngagementOn: row.lastEngagementOn,
  };
}

/** The municipalities of these sites (places module), keyed `country:code`, to name them. */
export async function placesOfSites(db: Executor, sites: readonly SiteRecord[]): Promise<Map<string, Place>> {
  const refs = sites.flatMap((s) => (s.placeCode ? [{ country: s.country, code: s.placeCode }] : []));
  const found = await findPlaces(db, refs);
  return new Map(found.map((p) => [`${p.country}:${p.code}`, p]));
}

export function siteViewOf(site: SiteRecord, places: Map<string, Place>): EmployerView['sites'][number] {
  const place = site.placeCode ? places.get(`${site.country}:${site.placeCode}`) : undefined;
  return {
    id: site.id,
    name: site.name,
    addressLine: site.addressLine,
    postalCode: site.postalCode,
    city: site.city,
    country: site.country,
    headOffice: site.headOffice,
    place:
      site.placeCode !== null && site.latitude !== null && site.longitude !== null
        ? {
            code: site.placeCode,
            name: place?.name ?? site.city,
            district: place?.district?.name ?? null,
            region: place?.region.name ?? '',
            latitude: site.latitude,
            longitude: site.longitude,
          }
        : null,
  };
}

export function contactViewOf(contact: ContactRecord): EmployerView['contacts'][number] {
  return {
    id: contact.id,
    givenName: contact.givenName,
    familyName: contact.familyName,
    role: contact.role,
    jobTitle: contact.jobTitle,
    email: contact.email,
    phone: contact.phone,
    active: contact.active,
  };
}

export function commitmentViewOf(commitment: CommitmentRecord): EmployerView['commitments'][number] {
  return {
    id: commitment.id,
    kind: commitment.kind,
    field: commitment.field,
    description: commitment.description,
    hires: commitment.hires,
    periodStart: commitment.periodStart,
    periodEnd: commitment.periodEnd,
    madeOn: commitment.madeOn,
    status: commitment.status,
    statusChangedAt: commitment.statusChangedAt ? new Date(commitment.statusChangedAt).toISOString() : null,
    nextStatuses: [...nextCommitmentStatuses(commitment.status)],
  };
}

export function employerIdentityView(employer: EmployerRecord) {
  return identity(employer);
}
