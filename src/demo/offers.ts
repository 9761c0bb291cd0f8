import type { z } from 'zod';
import type { offerBody } from '../contracts/offers.js';
import type { RequestContext } from '../core/auth/actor.js';
import type { Deps } from '../core/use-case.js';
import { buildActor } from '../modules/accounts/use-cases/resolve-session.js';
import { getEmployer } from '../modules/employers/use-cases/get-employer.js';
import { listEmployers } from '../modules/employers/use-cases/list-employers.js';
import type { SettableOfferStatus } from '../modules/offers/domain/offer-status.js';
import { changeOfferStatus } from '../modules/offers/use-cases/change-offer-status.js';
import { createOffer } from '../modules/offers/use-cases/create-offer.js';
import { demoCalendar, demoTimeZones } from './demo-calendar.js';

interface Staff {
  userId: string;
  organizationId: string;
}

/** ESCO occupations of the demo's offers (ids from reference-data/esco). */
const esco = {
  civilEngineer: 'd7d986e1-7333-431b-9719-0c5c6939e360',
  civilEngineeringTechnician: '0f5cc4eb-925d-4b99-be6d-b0964a253a9a',
  transportEngineer: 'aad7819e-d62e-41de-a594-9f2be186a6c2',
  nurse: '8d3e8aaa-791b-4c75-a465-f3f827028f50',
  nurseAssistant: '87d0795a-d41f-47ee-979f-0ab7d73836e7',
  healthcareAssistant: 'd38c2107-98f2-47b7-8bb4-f69750d51082',
  hospitalPorter: 'a30734bb-2f10-4747-a94c-75f5ec3c63a4',
  radiographer: '7639a601-6db0-41ed-9fb0-813d9b8beb05',
  welder: '7aedaa07-3884-4c5b-88f9-80997b2aa54b',
  cncOperator: '5c082067-ea18-4ccb-8c43-e70b18ad8120',
  productionSupervisor: '40517ed4-2769-4283-a15b-4b0d939bd2d3',
  industrialElectrician: '5df63943-f1bc-4438-90f1-92768a7a23c8',
  mechanicalEngineer: '579254cf-6d69-4889-9000-9c79dc568644',
  roomAttendant: '731ecac4-06e8-4ec2-a559-101fecbd9183',
  receptionist: 'f7b04542-d8c7-42db-8475-e63b507cce82',
  cook: '90f75f67-495d-49fa-ab57-2f320e251d7e',
  kitchenAssistant: 'e1cf6897-158d-4b48-a39e-2a3a8cac216c',
  undergroundMiner: '4cdfac8c-b000-4279-985e-31bc1fbe2447',
  drillOperator: '622b1d5e-bf14-4ec0-b83e-3bfcf8dff624',
  geologist: 'c6196b21-20f9-4608-83fb-6f143afc740d',
  fishTrimmer: '6c39cf1c-7332-41c1-86c3-6ed3daf3c479',
  forkliftOperator: 'eeac6251-1974-42f5-91ed-513c6c883755',
  metalFurnaceOperator: '528e63a7-91be-4477-be2f-69ce82deb726',
  laundryWorker: '0da51178-e386-4534-ae71-15ba789ad756',
  recyclingWorker: '4ed9ce62-75d4-4b05-80d4-e86528fecdcd',
  landscapeGardener: 'e7970c7a-7769-4002-87d3-0a8ea94fdd6f',
  carpenter: '2a22ff9e-de3b-408d-b312-5034896cc4f4',
} as const;

type OfferInput = Omit<z.input<typeof offerBody>, 'employerId' | 'siteId' | 'startsOn' | 'expiresOn'>;

/**
 * ILLUSTRATIVE DATA, like the employers they belong to (src/demo/employers.ts): invented offers with
 * plausible terms. `startsIn` and `closesIn` are working days from today; `status` moves the offer
 * after it is recorded (a filled or closed offer beside the open ones).
 */
interface DemoOffer extends OfferInput {
  employer: string;
  escoKey: keyof typeof esco;
  startsIn?: number;
  closesIn?: number;
  status?: SettableOfferStatus;
}

const year = (dollars: number) => dollars * 100;
const hour = (units: number) => Math.round(units * 100);

const stLouis: DemoOffer[] = [
  {
    employer: 'Confluence Civil Engineering Group',
    title: 'Civil Engineer I – Transportation',
    escoKey: 'civilEngineer',
    description:
      'Design of roadway and bridge rehabilitation projects for MoDOT and the City of St. Louis. Foreign engineering degrees evaluated (NCEES); EIT within a year of hire.',
    contractType: 'permanent',
    hoursPerWeek: 40,
    pay: { minCents: year(68_000), maxCents: year(82_000), period: 'year' },
    language: { language: 'en', scale: 'cefr', level: 'B2' },
    requiredCredentials: [{ code: 'us.eit', label: 'Engineer in Training (EIT) certification' }],
    skills: ['AutoCAD Civil 3D', 'Roadway design', 'Stormwater'],
    positions: 2,
    startsIn: 25,
    closesIn: 45,
    source: 'employer',
    sourceReference: 'CCEG-2026-014',
  },
  {
    employer: 'Confluence Civil Engineering Group',
    title: 'Civil Engineering Technician – Site Development',
    escoKey: 'civilEngineeringTechnician',
    contractType: 'permanent',
    hoursPerWeek: 40,
    pay: { minCents: hour(27), maxCents: hour(33), period: 'hour' },
    language: { language: 'en', scale: 'cefr', level: 'B1' },
    skills: ['AutoCAD', 'Surveying', 'Construction inspection'],
    positions: 1,
    closesIn: 30,
  },
  {
    employer: 'Riverbend Structural Engineers',
    title: 'Structural / Civil Engineer (bridges)',
    escoKey: 'civilEngineer',
    contractType: 'permanent',
    hoursPerWeek: 40,
    pay: { minCents: year(72_000), maxCents: year(90_000), period: 'year' },
    language: { language: 'en', scale: 'cefr', level: 'B2' },
    requiredCredentials: [{ code: 'us.eit', label: 'Engineer in Training (EIT) certification' }],
    skills: ['Structural analysis', 'Reinforced concrete', 'Revit'],
    positions: 1,
    closesIn: 40,
    source: 'job_board',
    sourceReference: 'IND-88412',
  },
  {
    employer: 'Riverbend Structural Engineers',
    title: 'Transportation Engineer – Traffic studies',
    escoKey: 'transportEngineer',
    contractType: 'temporary',
    contractMonths: 12,
    hoursPerWeek: 40,
    pay: { minCents: hour(34), maxCents: hour(40), period: 'hour' },
    language: { language: 'en', scale: 'cefr', level: 'B2' },
    positions: 1,
    closesIn: 20,
    status: 'filled',
  },
  {
    employer: 'Gateway Regional Medical Center',
    title: 'Registered Nurse – Medical/Surgical',
    escoKey: 'nurse',
    contractType: 'permanent',
    hoursPerWeek: 36,
    pay: { minCents: hour(36.5), maxCents: hour(48), period: 'hour' },
    language: { language: 'en', scale: 'cefr', level: 'B2' },
    requiredCredentials: [{ code: 'us.mo.rn', label: 'Missouri RN licence (NCLEX-RN)' }],
    positions: 4,
    startsIn: 15,
  },
  {
    employer: 'Gateway Regional Medical Center',
    title: 'Patient Care Technician',
    escoKey: 'nurseAssistant',
    contractType: 'permanent',
    workingTime: 'part_time',
    hoursPerWeek: 24,
    pay: { minCents: hour(18.5), maxCents: hour(22), period: 'hour' },
    language: { language: 'en', scale: 'cefr', level: 'B1' },
    requiredCredentials: [{ code: 'us.cna', label: 'Certified Nursing Assistant (CNA)' }],
    positions: 3,
    closesIn: 35,
  },
  {
    employer: 'Gateway Regional Medical Center',
    title: 'Radiologic Technologist',
    escoKey: 'radiographer',
    contractType: 'permanent',
    hoursPerWeek: 40,
    pay: { minCents: hour(31), maxCents: hour(39), period: 'hour' },
    requiredCredentials: [{ code: 'us.arrt', label: 'ARRT registration' }],
    positions: 1,
    status: 'closed',
  },
  {
    employer: 'Arch City Precision Manufacturing',
    title: 'CNC Machine Operator – 2nd shift',
    escoKey: 'cncOperator',
    contractType: 'permanent',
    hoursPerWeek: 40,
    pay: { minCents: hour(21), maxCents: hour(26), period: 'hour' },
    language: { language: 'en', scale: 'cefr', level: 'A2' },
    skills: ['Blueprint reading', 'Calipers and micrometers'],
    positions: 3,
    startsIn: 10,
  },
  {
    employer: 'Arch City Precision Manufacturing',
    title: 'MIG/TIG Welder',
    escoKey: 'welder',
    contractType: 'temporary',
    contractMonths: 6,
    hoursPerWeek: 40,
    pay: { minCents: hour(23), maxCents: hour(28), period: 'hour' },
    requiredCredentials: [{ code: 'us.aws.d1.1', label: 'AWS D1.1 welding certification' }],
    positions: 2,
    closesIn: 25,
  },
  {
    employer: 'Arch City Precision Manufacturing',
    title: 'Manufacturing Engineer',
    escoKey: 'mechanicalEngineer',
    contractType: 'permanent',
    hoursPerWeek: 40,
    pay: { minCents: year(70_000), maxCents: year(85_000), period: 'year' },
    language: { language: 'en', scale: 'cefr', level: 'B2' },
    positions: 1,
    closesIn: 50,
  },
];

const louisville: DemoOffer[] = [
  {
    employer: 'Ohio Valley Health System',
    title: 'Registered Nurse – Internationally Educated (residency program)',
    escoKey: 'nurse',
    contractType: 'permanent',
    hoursPerWeek: 36,
    pay: { minCents: hour(35), maxCents: hour(45), period: 'hour' },
    language: { language: 'en', scale: 'cefr', level: 'B2' },
    requiredCredentials: [{ code: 'us.ky.rn', label: 'Kentucky RN licence (NCLEX-RN)' }],
    positions: 6,
    startsIn: 30,
  },
  {
    employer: 'Ohio Valley Health System',
    title: 'Patient Care Assistant',
    escoKey: 'healthcareAssistant',
    contractType: 'permanent',
    hoursPerWeek: 36,
    pay: { minCents: hour(17), maxCents: hour(20), period: 'hour' },
    positions: 5,
  },
  {
    employer: 'Bluegrass Appliance Works',
    title: 'Production Associate – Assembly',
    escoKey: 'productionSupervisor',
    contractType: 'permanent',
    hoursPerWeek: 40,
    pay: { minCents: hour(19), maxCents: hour(22.5), period: 'hour' },
    positions: 10,
    startsIn: 8,
  },
  {
    employer: 'Derby City Hotel & Conference Center',
    title: 'Room Attendant',
    escoKey: 'roomAttendant',
    contractType: 'seasonal',
    contractMonths: 4,
    workingTime: 'part_time',
    hoursPerWeek: 28,
    pay: { minCents: hour(15), maxCents: hour(16.5), period: 'hour' },
    positions: 4,
    closesIn: 20,
  },
];

const quebec: DemoOffer[] = [
  {
    employer: 'Mines Abitibi-Ouest',
    title: 'Mineur sous terre – équipement lourd',
    escoKey: 'undergroundMiner',
    contractType: 'permanent',
    hoursPerWeek: 42,
    pay: { minCents: hour(34), maxCents: hour(41), period: 'hour' },
    language: { language: 'fr', scale: 'nclc', level: '5' },
    requiredCredentials: [{ code: 'ca.qc.mines', label: 'Attestation de formation sécurité minière' }],
    positions: 6,
    startsIn: 20,
  },
  {
    employer: 'Mines Abitibi-Ouest',
    title: 'Foreur au diamant',
    escoKey: 'drillOperator',
    contractType: 'seasonal',
    contractMonths: 8,
    hoursPerWeek: 50,
    pay: { minCents: hour(30), maxCents: hour(36), period: 'hour' },
    language: { language: 'fr', scale: 'nclc', level: '4' },
    positions: 2,
    closesIn: 30,
  },
  {
    employer: 'Mines Abitibi-Ouest',
    title: 'Géologue de projet',
    escoKey: 'geologist',
    contractType: 'permanent',
    hoursPerWeek: 40,
    pay: { minCents: year(78_000), maxCents: year(98_000), period: 'year' },
    language: { language: 'fr', scale: 'nclc', level: '7' },
    requiredCredentials: [{ code: 'ca.qc.ogq', label: 'Membre de l’Ordre des géologues du Québec' }],
    positions: 1,
  },
  {
    employer: 'Pêcheries du Bas-Saint-Laurent',
    title: 'Préposé à la transformation du poisson (saison)',
    escoKey: 'fishTrimmer',
    contractType: 'seasonal',
    contractMonths: 6,
    hoursPerWeek: 40,
    pay: { minCents: hour(18.5), maxCents: hour(20), period: 'hour' },
    language: { language: 'fr', scale: 'nclc', level: '3' },
    positions: 12,
    startsIn: 40,
  },
  {
    employer: 'Pêcheries du Bas-Saint-Laurent',
    title: 'Cariste',
    escoKey: 'forkliftOperator',
    contractType: 'permanent',
    hoursPerWeek: 40,
    pay: { minCents: hour(22), maxCents: hour(25), period: 'hour' },
    requiredCredentials: [{ code: 'ca.qc.cariste', label: 'Attestation de conduite de chariot élévateur' }],
    positions: 1,
    status: 'filled',
  },
  {
    employer: 'Aluminerie du Fjord',
    title: 'Opérateur de salle de cuves',
    escoKey: 'metalFurnaceOperator',
    contractType: 'permanent',
    hoursPerWeek: 40,
    pay: { minCents: hour(33), maxCents: hour(42), period: 'hour' },
    language: { language: 'fr', scale: 'nclc', level: '5' },
    positions: 8,
    startsIn: 25,
  },
  {
    employer: 'Aluminerie du Fjord',
    title: 'Électricien industriel',
    escoKey: 'industrialElectrician',
    contractType: 'permanent',
    hoursPerWeek: 40,
    pay: { minCents: hour(38), maxCents: hour(46), period: 'hour' },
    language: { language: 'fr', scale: 'nclc', level: '6' },
    requiredCredentials: [
      { code: 'ca.qc.ccq.electricien', label: 'Certificat de qualification – électricien' },
    ],
    positions: 2,
    closesIn: 35,
  },
  {
    employer: 'Centre de santé de l’Estrie',
    title: 'Préposé aux bénéficiaires',
    escoKey: 'nurseAssistant',
    contractType: 'permanent',
    hoursPerWeek: 37.5,
    pay: { minCents: hour(22.5), maxCents: hour(26.7), period: 'hour' },
    language: { language: 'fr', scale: 'nclc', level: '6' },
    positions: 10,
  },
  {
    employer: 'Centre de santé de l’Estrie',
    title: 'Infirmière clinicienne / infirmier clinicien',
    escoKey: 'nurse',
    contractType: 'permanent',
    hoursPerWeek: 37.5,
    pay: { minCents: year(60_000), maxCents: year(96_000), period: 'year' },
    language: { language: 'fr', scale: 'nclc', level: '7' },
    requiredCredentials: [{ code: 'ca.qc.oiiq', label: 'Permis de l’OIIQ' }],
    positions: 3,
  },
];

const gironde: DemoOffer[] = [
  {
    employer: 'Recyclerie des Graves',
    title: 'Agent de tri et valorisation',
    escoKey: 'recyclingWorker',
    contractType: 'siae_insertion',
    contractMonths: 6,
    workingTime: 'part_time',
    hoursPerWeek: 26,
    pay: { minCents: 1_182_00, maxCents: 1_182_00, period: 'month' },
    positions: 3,
    startsIn: 10,
  },
  {
    employer: 'Jardins de l’Entre-deux-Mers',
    title: 'Maraîcher / ouvrier paysagiste en insertion',
    escoKey: 'landscapeGardener',
    contractType: 'siae_insertion',
    contractMonths: 4,
    workingTime: 'part_time',
    hoursPerWeek: 26,
    positions: 2,
  },
  {
    employer: 'Atelier Bois et Bâti',
    title: 'Menuisier poseur',
    escoKey: 'carpenter',
    contractType: 'cdd',
    contractMonths: 6,
    hoursPerWeek: 35,
    pay: { minCents: 1_850_00, maxCents: 2_100_00, period: 'month' },
    requiredCredentials: [{ code: 'fr.permis.b', label: 'Permis B' }],
    positions: 1,
    closesIn: 20,
  },
  {
    employer: 'Clinique des Chartrons',
    title: 'Agent de service hospitalier',
    escoKey: 'hospitalPorter',
    contractType: 'cdi',
    hoursPerWeek: 35,
    pay: { minCents: 1_801_80, maxCents: 1_950_00, period: 'month' },
    language: { language: 'fr', scale: 'cefr', level: 'A2' },
    positions: 2,
    startsIn: 15,
  },
  {
    employer: 'Blanchisserie solidaire des Hauts de Garonne',
    title: 'Opérateur de blanchisserie',
    escoKey: 'laundryWorker',
    contractType: 'siae_insertion',
    contractMonths: 4,
    workingTime: 'part_time',
    hoursPerWeek: 24,
    positions: 2,
    status: 'filled',
  },
  {
    employer: 'Restaurant d’insertion La Table Ouverte',
    title: 'Commis de cuisine',
    escoKey: 'kitchenAssistant',
    contractType: 'siae_insertion',
    contractMonths: 6,
    hoursPerWeek: 30,
    positions: 1,
    closesIn: 15,
  },
];

export interface OffersCast {
  gironde: Staff;
  louisville: Staff;
  stLouis: Staff;
  quebec: Staff;
}

/**
 * Job offers of the demo's employers, through the offers use cases, as each program's counselor: St.
 * Louis's hospitals, manufacturers and engineering firms (civil engineering among them, for the Syrian
 * engineer of the demo), Québec's employers in Abitibi, Bas-Saint-Laurent, Saguenay and Estrie, a few in
 * Gironde and Louisville. Each at its employer's main site.
 */
export async function loadDemoOffers(deps: Deps, cast: OffersCast): Promise<{ offers: number }> {
  const now = deps.clock.now();
  let offers = 0;
  const load = async (staff: Staff, locale: 'fr' | 'en', zone: string, list: DemoOffer[]) => {
    const actor = await buildActor(
      deps.db,
      { id: staff.userId, displayName: 'demo', locale },
      'demo-loader',
      staff.organizationId,
    );
    if (!actor) throw new Error('demo offers: counselor without membership');
    const ctx: RequestContext = { actor, requestId: 'demo-loader', locale, ip: null };
    const calendar = demoCalendar(now, zone);
    const directory = await listEmployers(deps)(ctx, { kind: 'all', scope: 'own', page: 1, pageSize: 100 });
    const siteOf = new Map<string, { employerId: string; siteId: string | null }>();
    for (const { employer: name, escoKey, startsIn, closesIn, status, ...terms } of list) {
      let where = siteOf.get(name);
      if (!where) {
        const employer = directory.items.find((e) => e.name === name);
        if (!employer) throw new Error(`demo offers: no employer named ${name}`);
        const view = await getEmployer(deps)(ctx, { employerId: employer.id });
        where = { employerId: employer.id, siteId: view.sites[0]?.id ?? null };
        siteOf.set(name, where);
      }
      const { id } = await createOffer(deps)(ctx, {
        ...terms,
        employerId: where.employerId,
        siteId: where.siteId,
        escoId: esco[escoKey],
        startsOn: startsIn ? calendar.workingDay(startsIn) : null,
        expiresOn: closesIn ? calendar.workingDay(closesIn) : null,
      });
      offers += 1;
      if (status && status !== 'open') await changeOfferStatus(deps)(ctx, { offerId: id, status });
    }
  };
  await load(cast.stLouis, 'en', demoTimeZones.stLouis, stLouis);
  await load(cast.louisville, 'en', demoTimeZones.louisville, louisville);
  await load(cast.quebec, 'fr', demoTimeZones.quebec, quebec);
  await load(cast.gironde, 'fr', demoTimeZones.gironde, gironde);
  return { offers };
}
