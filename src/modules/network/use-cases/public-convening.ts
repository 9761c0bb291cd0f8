import type { z } from 'zod';
import { idParam } from '../../../contracts/define.js';
import type { publicConveningView } from '../../../contracts/network.js';
import type { Executor } from '../../../core/db/types.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { conveningsRepository } from '../adapters/convenings-repository.js';
import { seatsLeft } from '../domain/convening-counts.js';
import { networkErrors } from '../errors.js';

/**
 * A convening open to public registration and not over yet; any other (closed, past, unknown) answers
 * the same 404, so that the page tells nothing of the organization's other convenings.
 */
export async function openConvening(db: Executor, conveningId: string, now: Date, lock = false) {
  const convening = await conveningsRepository(db).findConvening(conveningId, lock);
  if (!convening?.publicRegistration) throw networkErrors.publicConveningNotFound();
  if ((convening.endsAt ?? convening.startsAt).getTime() <= now.getTime())
    throw networkErrors.publicConveningNotFound();
  return convening;
}

/** What the public registration page shows: no registrant, no staff, the seats left. */
export const publicConvening = defineUseCase(
  idParam,
  async ({ input, trx, now }): Promise<z.input<typeof publicConveningView>> => {
    const convening = await openConvening(trx, input.id, now);
    const organizations = organizationsApi(trx);
    const [organization, timeZone] = await Promise.all([
      organizations.findOrganization(convening.organizationId),
      organizations.timeZoneOf(convening.organizationId),
    ]);
    return {
      id: convening.id,
      title: convening.title,
      organizationName: organization?.name ?? '',
      startsAt: convening.startsAt.toISOString(),
      endsAt: convening.endsAt?.toISOString() ?? null,
      timeZone,
      place: convening.place,
      description: convening.description,
      seatsLeft: seatsLeft(convening.capacity, convening.registered),
    };
  },
);
