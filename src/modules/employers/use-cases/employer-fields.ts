import type { z } from 'zod';
import type { employerBody } from '../../../contracts/employers.js';
import { searchTextOf } from '../../people/domain/search-text.js';
import type { EmployerFields, EmployerRecord } from '../adapters/employers-repository.js';
import { checkLegalIdentifier, formatLegalIdentifier } from '../domain/legal-identifier.js';
import { normalizeSectorCode, sectorSchemeOf } from '../domain/sector.js';
import { employerErrors } from '../errors.js';

type EmployerInput = z.output<typeof employerBody>;

const schemeNames = { naf: 'NAF', naics: 'NAICS', scian: 'SCIAN' } as const;

/**
 * An employer's fields as stored, from what was typed: the identifier checked against the country
 * and kept as digits, the sector code in its canonical form, the SIAE standing only in France and
 * only with a consortium of the organization. Refuses with a stable code before anything is written.
 */
export function employerFieldsOf(input: EmployerInput, consortiumIds: readonly string[]): EmployerFields {
  const typedIdentifier = input.legalIdentifier?.trim() || null;
  let legalIdScheme: EmployerFields['legalIdScheme'] = null;
  let legalId: string | null = null;
  if (typedIdentifier) {
    const check = checkLegalIdentifier(input.country, typedIdentifier);
    if (!check.valid) {
      const details = { field: 'legalIdentifier', scheme: check.scheme, problem: check.problem };
      if (check.scheme === 'siret') throw employerErrors.siretInvalid(undefined, details);
      if (check.scheme === 'ein') throw employerErrors.einInvalid(undefined, details);
      throw employerErrors.neqInvalid(undefined, details);
    }
    legalIdScheme = check.scheme;
    legalId = check.value;
  }
  const typedSector = input.sectorCode?.trim() || null;
  const sectorScheme = sectorSchemeOf[input.country];
  const sectorCode = typedSector ? normalizeSectorCode(sectorScheme, typedSector) : null;
  if (typedSector && !sectorCode)
    throw employerErrors.sectorCodeInvalid({ scheme: schemeNames[sectorScheme] }, { field: 'sectorCode' });
  if (input.siae && input.country !== 'FR')
    throw employerErrors.siaeOutsideFrance(undefined, { field: 'siae' });
  const siaeConsortiumId = input.siae ? (input.siaeConsortiumId ?? null) : null;
  if (siaeConsortiumId && !consortiumIds.includes(siaeConsortiumId))
    throw employerErrors.consortiumUnknown(undefined, { field: 'siaeConsortiumId' });
  return {
    name: input.name,
    country: input.country,
    legalIdScheme,
    legalId,
    sectorScheme: sectorCode ? sectorScheme : null,
    sectorCode,
    sectorLabel: input.sectorLabel ?? null,
    sizeBand: input.sizeBand ?? null,
    website: input.website ?? null,
    siae: input.siae,
    siaeKind: input.siae ? (input.siaeKind ?? null) : null,
    siaeConsortiumId,
    sharedWithConsortium: input.sharedWithConsortium,
  };
}

/** What the employer is found by: its name, lower-cased and without accents. */
export const employerSearchText = (name: string) => searchTextOf([name]);

/** The names of the fields whose values differ (never the values: the audit log keeps names only). */
export function changedEmployerFields(before: EmployerFields, after: EmployerFields): string[] {
  return (Object.keys(after) as (keyof EmployerFields)[]).filter((key) => before[key] !== after[key]);
}

/** The names of the fields given a value, for the audit of a creation. */
export function givenEmployerFields(fields: EmployerFields): string[] {
  return (Object.keys(fields) as (keyof EmployerFields)[]).filter(
    (key) => fields[key] !== null && fields[key] !== false,
  );
}

export function fieldsOfRecord(record: EmployerRecord): EmployerFields {
  const {
    id: _id,
    organizationId: _organization,
    createdAt: _created,
    updatedAt: _updated,
    ...fields
  } = record;
  return fields;
}

export function displayedIdentifier(fields: Pick<EmployerFields, 'legalIdScheme' | 'legalId'>): string {
  return fields.legalIdScheme && fields.legalId
    ? formatLegalIdentifier(fields.legalIdScheme, fields.legalId)
    : '';
}
