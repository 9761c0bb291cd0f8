import type { Deps } from '../core/use-case.js';
import type { LeadSource, PartnerKind } from '../modules/outreach/domain/vocabulary.js';
import { closeLead } from '../modules/outreach/use-cases/close-lead.js';
import { convertLead } from '../modules/outreach/use-cases/convert-lead.js';
import { recordAttempt } from '../modules/outreach/use-cases/record-attempt.js';
import { recordLead } from '../modules/outreach/use-cases/record-lead.js';
import { enrolmentsOfPeople } from '../modules/programs/api.js';
import { addDays } from './demo-calendar.js';
import { origins } from './names.js';
import { seededRandom } from './random.js';
import { staffContext } from './staff-context.js';

interface Staff {
  organizationId: string;
  userId: string;
}

/** The partners who signal young refugees to the Missions Locales, by kind (fictional names of real kinds). */
const partners: [PartnerKind, string][] = [
  ['asylum_housing', 'CADA Adoma'],
  ['asylum_housing', 'HUDA Coallia'],
  ['asylum_housing', 'CPH France terre d’asile'],
  ['association', 'Cimade'],
  ['association', 'Secours populaire'],
  ['employment_service', 'France Travail'],
  ['public_body', 'OFII, direction territoriale'],
  ['school', 'Lycée professionnel, classe UPE2A'],
];
const events = [
  'Forum emploi des jeunes',
  'Permanence au CADA',
  'Journée portes ouvertes',
  'Atelier au foyer',
];
const endings = ['not_interested', 'not_eligible', 'unreachable', 'referred_elsewhere'] as const;

const at = (day: string, hour: number) => `${day}T${String(hour).padStart(2, '0')}:30:00+01:00`;

/**
 * The IPR's repérage in each Mission Locale: every young person enrolled after a partner's referral or
 * an outreach event was first a lead — met some days before, tried once or twice, then linked to the
 * file opened at intake —, and beside them the leads that did not come (not interested, not eligible,
 * unreachable, referred elsewhere) and those still to reach. Through the use cases, as each counselor.
 */
export async function loadDemoOutreach(
  deps: Deps,
  cast: { programId: string; enrolled: readonly string[]; counselors: readonly Staff[] },
): Promise<{ leads: number; enrolled: number }> {
  const random = seededRandom(20_261_206);
  const today = deps.clock.now().toISOString().slice(0, 10);
  const origin = origins.AF!;
  let leads = 0;
  let enrolled = 0;
  for (const counselor of cast.counselors) {
    const ctx = await staffContext(deps, counselor);
    const enrolments = (await enrolmentsOfPeople(deps.db, counselor.organizationId, cast.enrolled)).filter(
      (e) =>
        e.programId === cast.programId &&
        (e.intakeSource === 'partner_referral' || e.intakeSource === 'outreach_event'),
    );
    const names = new Map(
      (
        await deps.db
          .selectFrom('people')
          .select(['id', 'given_name', 'family_name'])
          .where('organization_id', '=', counselor.organizationId)
          .where(
            'id',
            'in',
            enrolments.map((e) => e.personId),
          )
          .execute()
      ).map((p) => [p.id, p]),
    );
    const lead = (source: LeadSource, metOn: string, givenName: string, familyName: string) => {
      const [partnerKind, partnerName] = random.pick(partners);
      return recordLead(deps)(ctx, {
        programId: cast.programId,
        metOn,
        source,
        ...(source === 'partner_referral' ? { partnerKind, partnerName } : {}),
        ...(source === 'outreach_event' ? { eventName: random.pick(events) } : {}),
        givenName,
        familyName,
        phone: `+33 6 ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)}`,
        language: random.pick(origin.languages),
      });
    };
    for (const enrolment of enrolments) {
      const person = names.get(enrolment.personId);
      if (!person) continue;
      const enrolledOn = String(enrolment.enrolledOn).slice(0, 10);
      const metOn = addDays(enrolledOn, -random.int(4, 35));
      const { id } = await lead(
        enrolment.intakeSource as LeadSource,
        metOn,
        person.given_name,
        person.family_name,
      );
      await recordAttempt(deps)(ctx, {
        leadId: id,
        attemptedAt: at(addDays(metOn, random.int(1, 3)), 10),
        channel: random.pick(['phone', 'sms', 'via_partner'] as const),
        reached: true,
      });
      await convertLead(deps)(ctx, { leadId: id, personId: enrolment.personId });
      leads += 1;
      enrolled += 1;
    }
    // Those who did not come, and those still to reach.
    for (let i = 0; i < 6; i++) {
      const female = random.chance(0.4);
      const given = random.pick(female ? origin.female : origin.male).latin;
      const family = random.pick(origin.family).latin;
      const source = random.pick(['partner_referral', 'partner_referral', 'outreach_event'] as const);
      const stillOpen = i >= 4;
      const metOn = stillOpen ? addDays(today, -random.int(2, 40)) : addDays(today, -random.int(60, 400));
      const { id } = await lead(source, metOn, given, family);
      const tries = stillOpen ? i - 4 : random.int(1, 3);
      for (let attempt = 0; attempt < tries; attempt++)
        await recordAttempt(deps)(ctx, {
          leadId: id,
          attemptedAt: at(addDays(metOn, 1 + attempt * 4), 9 + attempt),
          channel: random.pick(['phone', 'sms'] as const),
          reached: false,
        });
      if (!stillOpen)
        await closeLead(deps)(ctx, {
          leadId: id,
          outcome: random.pick(endings),
          outcomeOn: addDays(metOn, 15),
        });
      leads += 1;
    }
  }
  return { leads, enrolled };
}
