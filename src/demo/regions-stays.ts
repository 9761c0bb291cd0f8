import type { Deps } from '../core/use-case.js';
import { householdFactsOf } from '../modules/people/api.js';
import { addProgrammeItem } from '../modules/regions/use-cases/add-programme-item.js';
import { addStayCost } from '../modules/regions/use-cases/add-stay-cost.js';
import { addCoverage } from '../modules/regions/use-cases/manage-coverage.js';
import { observeStay } from '../modules/regions/use-cases/observe-stay.js';
import { planStay } from '../modules/regions/use-cases/plan-stay.js';
import { reportStay } from '../modules/regions/use-cases/report-stay.js';
import { addDays } from './demo-calendar.js';
import { type DemoStaffMember, staffContext } from './staff-context.js';

/** The demo's regional partners, in the order of src/demo/organizations.ts, and the region each covers. */
const coveredRegions = ['01', '02', '08', '05'] as const;

type Decision = 'interested' | 'not_interested' | 'decided_to_move' | null;

/** Stays over the past months (days from today), most reported, one to come. */
const stays: {
  region: (typeof coveredRegions)[number];
  startsIn: number;
  days: number;
  children: number;
  decision: Decision;
  town: string;
}[] = [
  { region: '08', startsIn: -150, days: 3, children: 2, decision: 'decided_to_move', town: 'Rouyn-Noranda' },
  { region: '01', startsIn: -110, days: 2, children: 1, decision: 'interested', town: 'Rimouski' },
  { region: '02', startsIn: -80, days: 4, children: 0, decision: 'not_interested', town: 'Saguenay' },
  { region: '08', startsIn: -45, days: 3, children: 1, decision: 'decided_to_move', town: 'Val-d’Or' },
  { region: '02', startsIn: -20, days: 2, children: 2, decision: 'interested', town: 'Alma' },
  { region: '01', startsIn: -9, days: 3, children: 0, decision: 'decided_to_move', town: 'Matane' },
  { region: '08', startsIn: 12, days: 3, children: 1, decision: null, town: 'Amos' },
];

/**
 * Emplois en régions' regional partners and exploratory stays: PROMIS's coordination records which
 * partner covers which region; households of PROMIS (formed in households.ts) go to Abitibi-Témiscamingue,
 * Bas-Saint-Laurent and Saguenay–Lac-Saint-Jean with their children, with a programme of visits and
 * costs; past stays are reported (decided to move, interested, not interested), one is still to come;
 * the Rimouski partner writes its observations. Through the use cases, as each staff member.
 */
export async function loadDemoRegionsStays(
  deps: Deps,
  cast: {
    consortiumId: string;
    regionalPartners: readonly string[];
    coordinator: DemoStaffMember;
    counselor: DemoStaffMember;
    rimouskiCounselor: DemoStaffMember;
  },
): Promise<{ stays: number }> {
  const today = deps.clock.now().toISOString().slice(0, 10);
  const coordinator = await staffContext(deps, cast.coordinator);
  for (const [index, organizationId] of cast.regionalPartners.entries()) {
    const regionCode = coveredRegions[index];
    if (!regionCode) continue;
    await addCoverage(deps)(coordinator, {
      consortiumId: cast.consortiumId,
      organizationId,
      regionCountry: 'CA',
      regionCode,
    });
  }
  const hostOf = (regionCode: string) => cast.regionalPartners[coveredRegions.indexOf(regionCode as never)]!;
  const counselor = await staffContext(deps, cast.counselor);
  const rimouski = await staffContext(deps, cast.rimouskiCounselor);
  // Households of files formed by the counselor, main contacts in the order they were formed.
  const households = await deps.db
    .selectFrom('households')
    .select('main_contact_person_id as mainContactPersonId')
    .where('organization_id', '=', cast.counselor.organizationId)
    .orderBy('created_at')
    .orderBy('id')
    .limit(stays.length)
    .execute();
  let planned = 0;
  for (const [index, stay] of stays.entries()) {
    const mainId = households[index]?.mainContactPersonId;
    if (!mainId) break;
    const household = await householdFactsOf(deps.db, mainId, cast.counselor.organizationId);
    if (!household) continue;
    const startsOn = addDays(today, stay.startsIn);
    const endsOn = addDays(startsOn, stay.days - 1);
    const { id: stayId } = await planStay(deps)(counselor, {
      personId: mainId,
      regionCountry: 'CA',
      regionCode: stay.region,
      hostOrganizationId: hostOf(stay.region),
      startsOn,
      endsOn,
      travellerPersonIds: household.members.map((m) => m.personId),
      childrenWithoutFile: stay.children,
      purpose: `Découvrir ${stay.town} : emploi, logement et écoles pour la famille.`,
    });
    planned += 1;
    const item = (
      day: number,
      kind: 'employer_visit' | 'housing_visit' | 'meeting' | 'school_visit',
      description: string,
      startsAt?: string,
    ) =>
      addProgrammeItem(deps)(counselor, {
        stayId,
        day: addDays(startsOn, Math.min(day, stay.days - 1)),
        kind,
        description,
        startsAt: startsAt ?? null,
      });
    await item(0, 'meeting', `Accueil par le partenaire régional à ${stay.town}`, '10:00');
    await item(0, 'housing_visit', `Visite de deux logements à ${stay.town}`, '14:00');
    await item(1, 'employer_visit', 'Rencontre avec un employeur qui recrute', '09:30');
    if (stay.children > 0)
      await item(1, 'school_visit', 'Visite de l’école primaire et du CPE du quartier', '15:00');
    await addStayCost(deps)(counselor, {
      stayId,
      kind: 'transport',
      amountCents: 18_950 + 2_500 * index,
      paidBy: 'program',
      description: 'Autocar aller-retour depuis Montréal',
    });
    await addStayCost(deps)(counselor, {
      stayId,
      kind: 'lodging',
      amountCents: 12_000 * (stay.days - 1 || 1),
      paidBy: 'partner',
      description: 'Hébergement chez l’habitant',
    });
    await addStayCost(deps)(counselor, {
      stayId,
      kind: 'meals',
      amountCents: 4_500 * stay.days,
      paidBy: 'household',
    });
    if (stay.region === '01' && stay.startsIn < 0)
      await observeStay(deps)(rimouski, {
        stayId,
        observations:
          'Famille très intéressée par le secteur de la santé ; à recontacter pour un second séjour.',
      });
    if (!stay.decision) continue;
    await reportStay(deps)(counselor, {
      stayId,
      decision: stay.decision,
      decidedOn: stay.decision === 'decided_to_move' ? addDays(endsOn, 7 > -stay.startsIn ? 0 : 7) : null,
      note:
        stay.decision === 'decided_to_move'
          ? `La famille a décidé de s’installer à ${stay.town}.`
          : stay.decision === 'interested'
            ? 'Intéressée, veut comparer avec une autre région.'
            : 'Trop loin de la communauté ; préfère rester près de Montréal.',
    });
  }
  return { stays: planned };
}
