import type { z } from 'zod';
import type { offerBody } from '../../../contracts/offers.js';
import type { Executor } from '../../../core/db/types.js';
import type { EmployerSummary } from '../../employers/api.js';
import { siteSummary } from '../../employers/api.js';
import { resolvePlace } from '../../places/api.js';
import { escoIdOf, occupationRelations } from '../../reference/api.js';
import type { OfferFields } from '../adapters/offers-repository.js';
import { offerRefusals } from '../domain/offer-rules.js';
import { offerErrors } from '../errors.js';

/** A site recorded before its address could be resolved is placed from its postal code and town. */
async function placeOfAddress(
  trx: Executor,
  country: 'FR' | 'US' | 'CA',
  postalCode: string | null,
  city: string,
) {
  const resolution = await resolvePlace(trx, { country, postalCode: postalCode ?? undefined, city });
  return resolution.status === 'found'
    ? {
        placeCode: resolution.place.code,
        placeName: resolution.place.name,
        latitude: resolution.place.latitude,
        longitude: resolution.place.longitude,
      }
    : { placeCode: null, placeName: city, latitude: null, longitude: null };
}

export type OfferInput = Omit<z.output<typeof offerBody>, 'employerId'>;

/**
 * The stored fields of an offer from what was typed: the place from the employer's site or from the
 * town given (offline, places module), the occupation's ISCO group from the reference files, and the
 * terms checked against the employer's country. Throws the first thing to correct, naming its field.
 */
export async function offerFieldsOf(
  trx: Executor,
  input: OfferInput,
  employer: EmployerSummary,
  organizationId: string,
): Promise<OfferFields> {
  const pay = {
    minCents: input.pay?.minCents ?? null,
    maxCents: input.pay?.maxCents ?? null,
    period: input.pay?.period ?? null,
  };
  const refusals = offerRefusals({
    country: employer.country,
    contractType: input.contractType,
    contractMonths: input.contractMonths ?? null,
    hoursPerWeek: input.hoursPerWeek ?? null,
    pay,
    language: input.language ?? null,
    startsOn: input.startsOn ?? null,
    expiresOn: input.expiresOn ?? null,
  });
  if (refusals.length > 0)
    throw offerErrors.incoherent(
      { code: refusals[0]?.code ?? '' },
      refusals.map((r) => ({ path: `body.${r.field}`, code: r.code })),
    );

  let place: Pick<OfferFields, 'placeCode' | 'placeName' | 'latitude' | 'longitude'> = {
    placeCode: null,
    placeName: null,
    latitude: null,
    longitude: null,
  };
  if (input.siteId) {
    const site = await siteSummary(trx, input.siteId, organizationId);
    if (!site || site.employerId !== employer.id || site.removed)
      throw offerErrors.siteNotOfEmployer(undefined, [{ path: 'body.siteId' }]);
    place = site.place
      ? {
          placeCode: site.place.code,
          placeName: site.city,
          latitude: site.place.latitude,
          longitude: site.place.longitude,
        }
      : await placeOfAddress(trx, employer.country, site.postalCode, site.city);
  } else if (input.place?.postalCode || input.place?.city) {
    const resolution = await resolvePlace(trx, {
      country: employer.country,
      postalCode: input.place.postalCode ?? undefined,
      city: input.place.city ?? undefined,
    });
    if (resolution.status === 'ambiguous')
      throw offerErrors.placeAmbiguous(
        {
          candidates: resolution.candidates
            .slice(0, 4)
            .map((c) => `${c.name} (${c.postalCodes[0] ?? c.district?.name ?? c.region.name})`)
            .join(', '),
        },
        [{ path: 'body.place' }],
      );
    if (resolution.status === 'not_found')
      throw offerErrors.placeNotFound({ reason: resolution.reason }, [{ path: 'body.place' }]);
    place = {
      placeCode: resolution.place.code,
      placeName: resolution.place.name,
      latitude: resolution.place.latitude,
      longitude: resolution.place.longitude,
    };
  }

  let escoId: string | null = null;
  let iscoCode: string | null = null;
  if (input.escoId) {
    escoId = escoIdOf(input.escoId);
    iscoCode = occupationRelations().facts(escoId).iscoCode;
    if (!iscoCode) throw offerErrors.occupationUnknown(undefined, [{ path: 'body.escoId' }]);
  }

  return {
    siteId: input.siteId ?? null,
    title: input.title,
    description: input.description ?? null,
    escoId,
    iscoCode,
    ...place,
    remote: input.remote,
    contractType: input.contractType,
    contractMonths: input.contractMonths ?? null,
    workingTime: input.workingTime,
    hoursPerWeek: input.hoursPerWeek ?? null,
    payMinCents: pay.minCents,
    payMaxCents: pay.maxCents,
    payPeriod: pay.period,
    language: input.language ?? null,
    requiredCredentials: input.requiredCredentials,
    skills: [...new Set(input.skills)],
    startsOn: input.startsOn ?? null,
    expiresOn: input.expiresOn ?? null,
    positions: input.positions,
    source: input.source,
    sourceReference: input.sourceReference ?? null,
  };
}
