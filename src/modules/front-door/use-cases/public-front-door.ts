import { z } from 'zod';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { searchPlaces } from '../../places/api.js';
import { programForFigures } from '../../programs/api.js';
import { suggestEscoOccupations } from '../../reference/api.js';
import { frontDoorRepository } from '../adapters/front-door-repository.js';
import { frontDoorLanguages } from '../domain/vocabulary.js';
import { frontDoorErrors } from '../errors.js';

/** What the public page shows of a front door: the program's name and the consortium's, nothing else. */
export const readPublicFrontDoor = defineUseCase(z.object({ slug: z.string() }), async ({ input, trx }) => {
  const door = await frontDoorRepository(trx).doorBySlug(input.slug);
  if (!door) throw frontDoorErrors.frontDoorNotFound();
  const [program, consortium] = await Promise.all([
    programForFigures(trx, null, door.programId),
    organizationsApi(trx).findConsortium(door.consortiumId),
  ]);
  if (!program) throw frontDoorErrors.frontDoorNotFound();
  return {
    slug: door.slug,
    programName: { fr: program.nameFr, en: program.nameEn },
    consortiumName: consortium?.name ?? '',
    open: door.open,
  };
});

/** Municipalities of Québec for the public form's list (reference data, nothing personal, nothing audited). */
export const searchFrontDoorPlaces = defineUseCase(
  z.object({ slug: z.string(), q: z.string().trim().min(1).max(100) }),
  async ({ input, trx }) => {
    const door = await frontDoorRepository(trx).doorBySlug(input.slug);
    if (!door?.open) throw frontDoorErrors.frontDoorNotFound();
    const places = await searchPlaces(trx, 'CA', input.q, 30);
    return {
      items: places
        .filter((place) => place.region.code === 'QC')
        .slice(0, 10)
        .map((place) => ({ code: place.code, name: place.name, regionName: place.district?.name ?? null })),
    };
  },
);

/**
 * Occupations (ESCO) for the public form's picker: the person types their former occupation in any
 * language ESCO has and reads the suggestions in the page's language. Code and label only, at most
 * 10; reference data, nothing personal, nothing audited (what was typed is not kept).
 */
export const suggestFrontDoorOccupations = defineUseCase(
  z.object({ slug: z.string(), q: z.string().trim().min(1).max(100), lang: z.enum(frontDoorLanguages) }),
  async ({ input, trx }) => {
    const door = await frontDoorRepository(trx).doorBySlug(input.slug);
    if (!door?.open) throw frontDoorErrors.frontDoorNotFound();
    return { items: await suggestEscoOccupations(trx, { q: input.q, locale: input.lang, limit: 10 }) };
  },
);
