import type { Db } from '../../src/core/db/types.js';
import type { Deps } from '../../src/core/use-case.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { createSessionType } from '../../src/modules/sessions/use-cases/create-session-type.js';
import { enrolParticipant } from '../../src/modules/sessions/use-cases/enrol-participant.js';
import { getSeries } from '../../src/modules/sessions/use-cases/get-series.js';
import { planSeries } from '../../src/modules/sessions/use-cases/plan-series.js';
import { recordRollCall } from '../../src/modules/sessions/use-cases/record-roll-call.js';
import { givenOrganization, givenStaff } from './fixtures.js';

/**
 * A Montréal organization (America/Toronto) whose evening workshop met on 15 January and at 20:00 on
 * 31 January — 01:00 UTC on 1 February —, one participant present at both: the scene of the session
 * figures kept by the organization's days.
 */
export async function givenEveningWorkshopInMontreal(db: Db, deps: Deps) {
  const organizationId = (
    await givenOrganization(db, { name: 'Carrefour Montréal', country: 'CA', timeZone: 'America/Toronto' })
  ).id;
  const coordinator = await givenStaff(db, organizationId, 'coordinator');
  const counselor = await givenStaff(db, organizationId, 'counselor');
  const typeId = (
    await createSessionType(deps)(coordinator, {
      code: 'SOIR',
      nameFr: 'Atelier du soir',
      nameEn: 'Evening workshop',
      kind: 'workshop',
      audience: 'beneficiaries',
      language: 'fr',
      durationMinutes: 60,
      mode: 'in_person',
    })
  ).id;
  const seriesId = (
    await planSeries(deps)(coordinator, {
      sessionTypeId: typeId,
      title: 'Atelier du soir',
      meetings: [{ startsAt: '2026-01-15T15:00:00Z' }, { startsAt: '2026-02-01T01:00:00Z' }],
    })
  ).id;
  const personId = (
    await createPerson(deps)(counselor, { identity: { givenName: 'Inès', familyName: 'Soir' } })
  ).id as string;
  const enrolment = await enrolParticipant(deps)(counselor, { seriesId, personId });
  for (const meeting of (await getSeries(deps)(coordinator, { seriesId })).meetingsList)
    await recordRollCall(deps)(counselor, {
      meetingId: meeting.id,
      marks: [{ enrolmentId: enrolment.id, mark: 'present' }],
    });
  return { organizationId, coordinator, seriesId };
}
