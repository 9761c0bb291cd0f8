import type { RequestContext } from '../core/auth/actor.js';
import { dayInZone } from '../core/time-zone.js';
import type { Deps } from '../core/use-case.js';
import { buildActor } from '../modules/accounts/use-cases/resolve-session.js';
import { applicationsOfPerson } from '../modules/applications/api.js';
import { listEmployers } from '../modules/employers/use-cases/list-employers.js';
import type { ContractType } from '../modules/offers/api.js';
import { personSummary } from '../modules/people/api.js';
import type { EarlyEndReason, SuspensionReason } from '../modules/placements/api.js';
import { endPlacementEarly } from '../modules/placements/use-cases/end-placement-early.js';
import { recordPlacement } from '../modules/placements/use-cases/record-placement.js';
import { renewPlacement } from '../modules/placements/use-cases/renew-placement.js';
import { suspendPlacement } from '../modules/placements/use-cases/suspend-placement.js';
import { addDays, demoTimeZones } from './demo-calendar.js';

interface Staff {
  userId: string;
  organizationId: string;
}

/** ESCO occupations of the demo's contracts (ids from reference-data/esco). */
const esco = {
  kitchenAssistant: 'e1cf6897-158d-4b48-a39e-2a3a8cac216c',
  laundryWorker: '0da51178-e386-4534-ae71-15ba789ad756',
  recyclingWorker: '4ed9ce62-75d4-4b05-80d4-e86528fecdcd',
  landscapeGardener: 'e7970c7a-7769-4002-87d3-0a8ea94fdd6f',
  hospitalPorter: 'a30734bb-2f10-4747-a94c-75f5ec3c63a4',
  civilEngineeringTechnician: '0f5cc4eb-925d-4b99-be6d-b0964a253a9a',
};

/**
 * ILLUSTRATIVE DATA. `nth` is the nth person of the program the team follows; `employer` the nth SIAE
 * of the team's directory, or a partner by name; days are counted from today (negative: past).
 */
interface DemoPlacement {
  team: 'gironde' | 'stLouis';
  program: string;
  nth: number;
  employer: { siae: number } | { name: string };
  jobTitle: string;
  escoKey: keyof typeof esco;
  contractType: ContractType;
  hoursPerWeek: number;
  wage: { cents: number; period: 'hour' | 'month' | 'year' };
  startsIn: number;
  endsIn: number | null;
  renewal?: { decidedIn: number; endsIn: number };
  suspension?: { fromIn: number; toIn: number; reason: SuspensionReason };
  earlyEnd?: { in: number; reason: EarlyEndReason };
  /** Hired from the person's application whose file the employer has, when there is one. */
  fromApplication?: boolean;
}

const smicHour = { cents: 1_202, period: 'hour' as const };

const demoPlacements: DemoPlacement[] = [
  // Insertion contracts in the SIAE of impulseR: two end next month, one within the alert window.
  {
    team: 'gironde',
    program: 'impulser',
    nth: 0,
    employer: { siae: 0 },
    jobTitle: 'Ouvrier polyvalent de chantier',
    escoKey: 'landscapeGardener',
    contractType: 'siae_insertion',
    hoursPerWeek: 26,
    wage: smicHour,
    startsIn: -160,
    endsIn: 18,
  },
  {
    team: 'gironde',
    program: 'impulser',
    nth: 1,
    employer: { siae: 1 },
    jobTitle: 'Agent de tri et de valorisation',
    escoKey: 'recyclingWorker',
    contractType: 'siae_insertion',
    hoursPerWeek: 24,
    wage: smicHour,
    startsIn: -150,
    endsIn: 38,
    suspension: { fromIn: -40, toIn: -36, reason: 'immersion' },
  },
  {
    team: 'gironde',
    program: 'impulser',
    nth: 2,
    employer: { siae: 2 },
    jobTitle: 'Commis de cuisine',
    escoKey: 'kitchenAssistant',
    contractType: 'siae_insertion',
    hoursPerWeek: 30,
    wage: smicHour,
    startsIn: -300,
    endsIn: -120,
    renewal: { decidedIn: -130, endsIn: 45 },
  },
  {
    team: 'gironde',
    program: 'impulser',
    nth: 3,
    employer: { siae: 3 },
    jobTitle: 'Opérateur de blanchisserie',
    escoKey: 'laundryWorker',
    contractType: 'siae_insertion',
    hoursPerWeek: 24,
    wage: smicHour,
    startsIn: -60,
    endsIn: 120,
  },
  // Moved on: an insertion contract ended early for a hire elsewhere, and that hire.
  {
    team: 'gironde',
    program: 'impulser',
    nth: 4,
    employer: { siae: 0 },
    jobTitle: 'Ouvrier polyvalent de chantier',
    escoKey: 'landscapeGardener',
    contractType: 'siae_insertion',
    hoursPerWeek: 26,
    wage: smicHour,
    startsIn: -220,
    endsIn: 20,
    earlyEnd: { in: -31, reason: 'hired_elsewhere' },
  },
  {
    team: 'gironde',
    program: 'impulser',
    nth: 4,
    employer: { name: 'Clinique des Chartrons' },
    jobTitle: 'Agent de service hospitalier',
    escoKey: 'hospitalPorter',
    contractType: 'cdi',
    hoursPerWeek: 35,
    wage: { cents: 1_850_00, period: 'month' },
    startsIn: -30,
    endsIn: null,
  },
  {
    team: 'gironde',
    program: 'impulser',
    nth: 5,
    employer: { name: 'Clinique des Chartrons' },
    jobTitle: 'Agent de service hospitalier',
    escoKey: 'hospitalPorter',
    contractType: 'cdd',
    hoursPerWeek: 35,
    wage: { cents: 1_801_80, period: 'month' },
    startsIn: -45,
    endsIn: 25,
  },
  // A hire in St. Louis, from his application (the applications demo takes it to the interview).
  {
    team: 'stLouis',
    program: 'rcp',
    nth: 2,
    fromApplication: true,
    employer: { siae: -1 },
    jobTitle: 'Civil Engineering Technician',
    escoKey: 'civilEngineeringTechnician',
    contractType: 'permanent',
    hoursPerWeek: 40,
    wage: { cents: 5_400_000, period: 'year' },
    startsIn: -20,
    endsIn: null,
  },
];

/**
 * Hires and work contracts through the placements use cases as each team's counselor: impulseR
 * participants on insertion contracts in the SIAE of the Gironde directory (some ending next month, one
 * renewed, one suspended for an immersion, one ended early for a hire at a partner clinic) and a hire in
 * St. Louis. Skipped when the team follows too few people of the program.
 */
export async function loadDemoPlacements(
  deps: Deps,
  cast: { enrolledByProgram: Map<string, string[]>; gironde: Staff; stLouis: Staff },
): Promise<{ placements: number }> {
  let placements = 0;
  for (const team of ['gironde', 'stLouis'] as const) {
    const staff = cast[team];
    const locale = team === 'gironde' ? 'fr' : 'en';
    const actor = await buildActor(
      deps.db,
      { id: staff.userId, displayName: 'demo', locale },
      'demo-loader',
      staff.organizationId,
    );
    if (!actor) throw new Error('demo placements: staff without membership');
    const ctx: RequestContext = { actor, requestId: 'demo-loader', locale, ip: null };
    const today = dayInZone(deps.clock.now(), demoTimeZones[team]);
    const day = (offset: number) => addDays(today, offset);
    const directory = await listEmployers(deps)(ctx, { kind: 'all', scope: 'own', page: 1, pageSize: 100 });
    const siae = directory.items.filter((e) => e.siae);
    const others = directory.items.filter((e) => !e.siae);
    const followed: string[] = [];
    for (const demo of demoPlacements.filter((p) => p.team === team)) {
      while (followed.length <= demo.nth) {
        const next = (cast.enrolledByProgram.get(demo.program) ?? []).filter((id) => !followed.includes(id));
        let found: string | undefined;
        for (const id of next)
          if (await personSummary(deps.db, id, staff.organizationId)) {
            found = id;
            break;
          }
        if (!found) break;
        followed.push(found);
      }
      const personId = followed[demo.nth];
      const employer =
        'name' in demo.employer
          ? directory.items.find((e) => e.name === (demo.employer as { name: string }).name)
          : demo.employer.siae >= 0
            ? siae[demo.employer.siae % Math.max(siae.length, 1)]
            : others[0];
      if (!personId || !employer) continue;
      // A person whose file an employer has (sent, or at interview) is hired from that application.
      const application = demo.fromApplication
        ? (await applicationsOfPerson(deps.db, personId)).find(
            (a) =>
              a.organizationId === staff.organizationId && (a.state === 'sent' || a.state === 'interview'),
          )
        : undefined;
      const { id } = await recordPlacement(deps)(ctx, {
        personId,
        employerId: application?.employerId ?? employer.id,
        ...(application ? { applicationId: application.id } : {}),
        jobTitle: demo.jobTitle,
        escoId: esco[demo.escoKey],
        contractType: demo.contractType,
        workingTime: demo.hoursPerWeek < 35 ? 'part_time' : 'full_time',
        hoursPerWeek: demo.hoursPerWeek,
        wage: demo.wage,
        startsOn: day(demo.startsIn),
        plannedEndOn: demo.endsIn === null ? null : day(demo.endsIn),
      });
      if (demo.renewal)
        await renewPlacement(deps)(ctx, {
          placementId: id,
          newEndOn: day(demo.renewal.endsIn),
          decidedOn: day(demo.renewal.decidedIn),
        });
      if (demo.suspension)
        await suspendPlacement(deps)(ctx, {
          placementId: id,
          fromOn: day(demo.suspension.fromIn),
          toOn: day(demo.suspension.toIn),
          reason: demo.suspension.reason,
        });
      if (demo.earlyEnd)
        await endPlacementEarly(deps)(ctx, {
          placementId: id,
          endedOn: day(demo.earlyEnd.in),
          reason: demo.earlyEnd.reason,
        });
      placements++;
    }
  }
  return { placements };
}
