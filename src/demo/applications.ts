import type { RequestContext } from '../core/auth/actor.js';
import { fixedClock } from '../core/clock.js';
import type { Deps } from '../core/use-case.js';
import { buildActor } from '../modules/accounts/use-cases/resolve-session.js';
import type { RefusalParty, RefusalReasonCode } from '../modules/applications/api.js';
import { commentApplication } from '../modules/applications/use-cases/comment-application.js';
import { moveApplication } from '../modules/applications/use-cases/move-application.js';
import { proposeApplication } from '../modules/applications/use-cases/propose-application.js';
import { listOffers } from '../modules/offers/use-cases/list-offers.js';
import { personSummary } from '../modules/people/api.js';
import { addPersonItem } from '../modules/people/use-cases/add-person-item.js';

interface Staff {
  userId: string;
  organizationId: string;
}

type Step =
  | { to: 'sent' | 'interview' | 'withdrawn'; daysAgo: number; note?: string }
  | { to: 'refused'; daysAgo: number; by: RefusalParty; reason: RefusalReasonCode; note?: string };

/**
 * ILLUSTRATIVE DATA: who is proposed for which offer, and how far each application went. `nth` is the
 * nth person of the program the team follows (the St. Louis civil engineer of the plans is the first of
 * 'rcp'); `offer` is words of an open offer's title. A file is sent only with the person's consent to
 * contacting employers, recorded first when `consent` says so.
 */
interface DemoApplication {
  team: 'stLouis' | 'gironde';
  program: string;
  nth: number;
  offer: string;
  proposedDaysAgo: number;
  note?: string;
  consent?: boolean;
  steps: Step[];
  comment?: string;
}

const demoApplications: DemoApplication[] = [
  {
    team: 'stLouis',
    program: 'rcp',
    nth: 0,
    offer: 'Civil Engineer I',
    proposedDaysAgo: 21,
    note: 'Ten years designing bridges in Aleppo; EIT exam booked.',
    consent: true,
    steps: [
      { to: 'sent', daysAgo: 18 },
      { to: 'interview', daysAgo: 6, note: 'Technical interview with the transportation team' },
    ],
    comment: 'The hiring manager asked for his EIT registration number.',
  },
  {
    team: 'stLouis',
    program: 'rcp',
    nth: 0,
    offer: 'Structural',
    proposedDaysAgo: 30,
    consent: true,
    steps: [
      { to: 'sent', daysAgo: 26 },
      {
        to: 'refused',
        daysAgo: 12,
        by: 'employer',
        reason: 'lacking_qualification',
        note: 'PE licence required',
      },
    ],
  },
  {
    team: 'stLouis',
    program: 'rcp',
    nth: 1,
    offer: 'Civil Engineering Technician',
    proposedDaysAgo: 9,
    steps: [],
  },
  // Followed to the hire: the placements demo records his contract from this application.
  {
    team: 'stLouis',
    program: 'rcp',
    nth: 2,
    offer: 'Civil Engineering Technician',
    proposedDaysAgo: 45,
    consent: true,
    steps: [
      { to: 'sent', daysAgo: 41 },
      { to: 'interview', daysAgo: 30, note: 'Site visit with the development team' },
    ],
  },
  {
    team: 'stLouis',
    program: 'icp',
    nth: 0,
    offer: 'Patient Care Technician',
    proposedDaysAgo: 14,
    consent: true,
    steps: [
      { to: 'sent', daysAgo: 10 },
      { to: 'refused', daysAgo: 3, by: 'person', reason: 'pay_or_hours', note: 'Night shifts only' },
    ],
  },
  {
    team: 'gironde',
    program: 'impulser',
    nth: 0,
    offer: 'Agent de tri',
    proposedDaysAgo: 16,
    consent: true,
    steps: [{ to: 'sent', daysAgo: 12 }],
    comment: 'Visite de l’atelier prévue avec l’encadrant technique.',
  },
  {
    team: 'gironde',
    program: 'impulser',
    nth: 1,
    offer: 'Commis de cuisine',
    proposedDaysAgo: 20,
    consent: true,
    steps: [
      { to: 'sent', daysAgo: 17 },
      { to: 'interview', daysAgo: 11 },
      { to: 'refused', daysAgo: 8, by: 'employer', reason: 'did_not_come' },
    ],
  },
  {
    team: 'gironde',
    program: 'impulser',
    nth: 2,
    offer: 'Maraîcher',
    proposedDaysAgo: 7,
    steps: [{ to: 'withdrawn', daysAgo: 2, note: 'A trouvé un CDD par ses propres moyens' }],
  },
];

const dayMs = 86_400_000;

/**
 * Job applications in St. Louis and Gironde, through the use cases as each team's counselor, each step
 * at its own date (the use cases run with the clock of that day).
 */
export async function loadDemoApplications(
  deps: Deps,
  cast: { enrolledByProgram: Map<string, string[]>; stLouis: Staff; gironde: Staff },
): Promise<{ applications: number }> {
  const now = deps.clock.now().getTime();
  const at = (daysAgo: number): Deps => ({ ...deps, clock: fixedClock(new Date(now - daysAgo * dayMs)) });
  const contexts = new Map<string, RequestContext>();
  const as = async (staff: Staff, locale: 'fr' | 'en') => {
    const cached = contexts.get(staff.userId);
    if (cached) return cached;
    const actor = await buildActor(
      deps.db,
      { id: staff.userId, displayName: 'demo', locale },
      'demo-loader',
      staff.organizationId,
    );
    if (!actor) throw new Error('demo applications: staff without membership');
    const ctx: RequestContext = { actor, requestId: 'demo-loader', locale, ip: null };
    contexts.set(staff.userId, ctx);
    return ctx;
  };
  const followed = async (program: string, staff: Staff, nth: number) => {
    const mine: string[] = [];
    for (const personId of cast.enrolledByProgram.get(program) ?? []) {
      if (await personSummary(deps.db, personId, staff.organizationId)) mine.push(personId);
      if (mine.length > nth) return mine[nth];
    }
    return undefined;
  };
  // Given before the person's earliest application, with days to spare: a person may have several, and
  // the organization's day (St. Louis') is the day before UTC's for part of each night.
  const consentDaysAgo = Math.max(...demoApplications.map((d) => d.proposedDaysAgo)) + 5;
  const consented = new Set<string>();
  let applications = 0;
  for (const demo of demoApplications) {
    const staff = cast[demo.team];
    const ctx = await as(staff, demo.team === 'gironde' ? 'fr' : 'en');
    const personId = await followed(demo.program, staff, demo.nth);
    const found = await listOffers(deps)(ctx, { q: demo.offer, status: 'open', pageSize: 20 });
    const offer = found.items.find((o) => o.title.startsWith(demo.offer));
    if (!personId || !offer) continue;
    if (demo.consent && !consented.has(personId)) {
      const givenOn = new Date(now - consentDaysAgo * dayMs).toISOString().slice(0, 10);
      await addPersonItem(deps)(ctx, {
        personId,
        item: { kind: 'consent', data: { purpose: 'contacting_employers', givenOn } },
      });
      consented.add(personId);
    }
    const { id } = await proposeApplication(at(demo.proposedDaysAgo))(ctx, {
      personId,
      offerId: offer.id,
      note: demo.note ?? null,
    });
    for (const step of demo.steps)
      await moveApplication(at(step.daysAgo))(ctx, {
        applicationId: id,
        to: step.to,
        note: step.note ?? null,
        refusal: step.to === 'refused' ? { reason: step.reason, by: step.by } : null,
      });
    if (demo.comment) await commentApplication(at(1))(ctx, { applicationId: id, body: demo.comment });
    applications++;
  }
  return { applications };
}
