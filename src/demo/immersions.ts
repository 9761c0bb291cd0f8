import type { RequestContext } from '../core/auth/actor.js';
import type { Deps } from '../core/use-case.js';
import { buildActor } from '../modules/accounts/use-cases/resolve-session.js';
import { addContact } from '../modules/employers/use-cases/add-contact.js';
import { getEmployer } from '../modules/employers/use-cases/get-employer.js';
import { listEmployers } from '../modules/employers/use-cases/list-employers.js';
import type { ImmersionOutcome, Signatory } from '../modules/immersions/api.js';
import { assessImmersion } from '../modules/immersions/use-cases/assess-immersion.js';
import { createImmersion } from '../modules/immersions/use-cases/create-immersion.js';
import { recordMissedHours } from '../modules/immersions/use-cases/record-missed-hours.js';
import { signImmersion } from '../modules/immersions/use-cases/sign-immersion.js';
import type { ContractType } from '../modules/offers/api.js';
import { personSummary } from '../modules/people/api.js';
import { createSessionType } from '../modules/sessions/use-cases/create-session-type.js';
import { enrolParticipant } from '../modules/sessions/use-cases/enrol-participant.js';
import { planSeries } from '../modules/sessions/use-cases/plan-series.js';
import { addDays, demoCalendar, demoTimeZones } from './demo-calendar.js';

interface Staff {
  userId: string;
  organizationId: string;
}

/**
 * ILLUSTRATIVE DATA. impulseR's internships (PMSMP) in its partner companies of the directory
 * (src/demo/employers.ts), at every stage: assessed, under way, to come, and one the person never
 * came to; and a job visit of the warehouse as a collective session at the employer. `nth` is the nth
 * person of the impulseR program the team follows, after those the placements take; days are counted
 * in working days from today (negative: past).
 */
interface DemoImmersion {
  nth: number;
  partner: 'Clinique des Chartrons' | 'Logistique Bordeaux Fret';
  startsIn: number;
  days: number;
  plannedHours: number;
  objectives: string;
  signedIn: number;
  signed: readonly Signatory[];
  missed?: { dayOffset: number; hours: number; reason: string };
  assessment?: {
    outcome: ImmersionOutcome;
    afterEnd: number;
    jobContractType?: ContractType;
    note: string;
  };
}

const everyone: readonly Signatory[] = ['person', 'employer', 'tutor', 'counselor'];

const demoImmersions: DemoImmersion[] = [
  {
    nth: 6,
    partner: 'Clinique des Chartrons',
    startsIn: -19,
    days: 11,
    plannedHours: 70,
    objectives:
      'Découvrir le métier d’agent de service hospitalier, vérifier la compatibilité avec les horaires décalés.',
    signedIn: -23,
    signed: everyone,
    missed: { dayOffset: 2, hours: 3.5, reason: 'Rendez-vous à la préfecture' },
    assessment: {
      outcome: 'partially_completed',
      afterEnd: 2,
      jobContractType: 'cdd',
      note: 'Très bonne intégration ; la clinique propose un CDD de six mois.',
    },
  },
  {
    nth: 7,
    partner: 'Clinique des Chartrons',
    startsIn: -3,
    days: 9,
    plannedHours: 56,
    objectives: 'Confirmer le projet d’aide-soignant·e avant l’entrée en formation.',
    signedIn: -6,
    signed: everyone,
  },
  {
    nth: 8,
    partner: 'Logistique Bordeaux Fret',
    startsIn: 10,
    days: 4,
    plannedHours: 35,
    objectives: 'Découvrir la préparation de commandes et la conduite de transpalettes.',
    signedIn: -2,
    signed: ['person', 'counselor'],
  },
  {
    nth: 9,
    partner: 'Logistique Bordeaux Fret',
    startsIn: -40,
    days: 4,
    plannedHours: 35,
    objectives: 'Découvrir les métiers de l’entrepôt.',
    signedIn: -45,
    signed: everyone,
    assessment: {
      outcome: 'did_not_show',
      afterEnd: -3,
      note: 'Absente sans prévenir ; rappelée le jour même.',
    },
  },
];

async function staffContext(deps: Deps, staff: Staff): Promise<RequestContext> {
  const actor = await buildActor(
    deps.db,
    { id: staff.userId, displayName: 'demo', locale: 'fr' },
    'demo-loader',
    staff.organizationId,
  );
  if (!actor) throw new Error('demo immersions: staff without membership');
  return { actor, requestId: 'demo-loader', locale: 'fr', ip: null };
}

/**
 * impulseR's internships and a job visit, through the use cases as the Gironde counselor (immersions,
 * enrolments) and program referent (the session at the employer).
 */
export async function loadDemoImmersions(
  deps: Deps,
  cast: {
    enrolledByProgram: Map<string, string[]>;
    programId: string | undefined;
    gironde: { counselor: Staff; planner: Staff };
  },
): Promise<{ immersions: number }> {
  const counselor = await staffContext(deps, cast.gironde.counselor);
  const planner = await staffContext(deps, cast.gironde.planner);
  const paris = demoCalendar(deps.clock.now(), demoTimeZones.gironde);
  const directory = await listEmployers(deps)(counselor, {
    kind: 'all',
    scope: 'own',
    page: 1,
    pageSize: 100,
  });
  const partners = new Map<string, { employerId: string; siteId: string | null; tutorId: string }>();
  for (const name of ['Clinique des Chartrons', 'Logistique Bordeaux Fret']) {
    const listed = directory.items.find((e) => e.name === name);
    if (!listed) continue;
    const employer = await getEmployer(deps)(counselor, { employerId: listed.id });
    const tutorId =
      employer.contacts.find((c) => c.active)?.id ??
      (
        await addContact(deps)(counselor, {
          employerId: listed.id,
          givenName: 'Thierry',
          familyName: 'Lafon',
          role: 'tutor',
          jobTitle: 'Chef d’équipe préparation',
        })
      ).id;
    partners.set(name, { employerId: listed.id, siteId: employer.sites[0]?.id ?? null, tutorId });
  }
  const followed: string[] = [];
  for (const id of cast.enrolledByProgram.get('impulser') ?? [])
    if (await personSummary(deps.db, id, cast.gironde.counselor.organizationId)) followed.push(id);

  let immersions = 0;
  for (const demo of demoImmersions) {
    const personId = followed[demo.nth];
    const partner = partners.get(demo.partner);
    if (!personId || !partner) continue;
    const startsOn = paris.workingDay(demo.startsIn);
    const endsOn = addDays(startsOn, demo.days);
    const { id } = await createImmersion(deps)(counselor, {
      personId,
      kind: 'pmsmp',
      employerId: partner.employerId,
      siteId: partner.siteId,
      tutorContactId: partner.tutorId,
      startsOn,
      endsOn,
      plannedHours: demo.plannedHours,
      objectives: demo.objectives,
      language: 'fr',
    });
    const signingDay = paris.workingDay(demo.signedIn);
    for (const [index, signatory] of demo.signed.entries())
      await signImmersion(deps)(counselor, {
        immersionId: id,
        signatory,
        signedAt: paris.at(signingDay, `${10 + index}:15`),
        signerName: signatory === 'employer' ? 'Direction des ressources humaines' : null,
      });
    if (demo.missed)
      await recordMissedHours(deps)(counselor, {
        immersionId: id,
        onDay: addDays(startsOn, demo.missed.dayOffset),
        hours: demo.missed.hours,
        reason: demo.missed.reason,
      });
    if (demo.assessment)
      await assessImmersion(deps)(counselor, {
        immersionId: id,
        outcome: demo.assessment.outcome,
        assessedOn: addDays(endsOn, demo.assessment.afterEnd),
        endedWithJobOffer: demo.assessment.jobContractType !== undefined,
        jobContractType: demo.assessment.jobContractType ?? null,
        note: demo.assessment.note,
      });
    immersions++;
  }

  // A job visit: the warehouse's team shows the trades of logistics to a group, at its site.
  const warehouse = partners.get('Logistique Bordeaux Fret');
  if (warehouse) {
    const type = await createSessionType(deps)(planner, {
      code: 'VISITE-ENT',
      nameFr: 'Visite d’entreprise',
      nameEn: 'Job visit',
      kind: 'workshop',
      audience: 'beneficiaries',
      language: 'fr',
      durationMinutes: 120,
      capacity: 10,
      mode: 'in_person',
    });
    const visit = await planSeries(deps)(planner, {
      sessionTypeId: type.id,
      programId: cast.programId,
      title: 'Visite de Logistique Bordeaux Fret',
      place: 'Entrepôt, Bruges',
      employerId: warehouse.employerId,
      employerSiteId: warehouse.siteId,
      meetings: [{ startsAt: paris.at(paris.workingDay(6), '14:00') }],
    });
    for (const personId of followed.slice(6, 11))
      await enrolParticipant(deps)(counselor, { seriesId: visit.id, personId });
  }
  return { immersions };
}
