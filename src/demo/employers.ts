import type { RequestContext } from '../core/auth/actor.js';
import type { Deps } from '../core/use-case.js';
import { buildActor } from '../modules/accounts/use-cases/resolve-session.js';
import { siretWithKeys } from '../modules/employers/domain/legal-identifier.js';
import type {
  ContactRole,
  EngagementKind,
  PathwayField,
  SiaeKind,
  SizeBand,
} from '../modules/employers/domain/vocabulary.js';
import { addCommitment } from '../modules/employers/use-cases/add-commitment.js';
import { addContact } from '../modules/employers/use-cases/add-contact.js';
import { addSite } from '../modules/employers/use-cases/add-site.js';
import { changeCommitmentStatus } from '../modules/employers/use-cases/change-commitment-status.js';
import { createEmployer } from '../modules/employers/use-cases/create-employer.js';
import { recordEngagement } from '../modules/employers/use-cases/record-engagement.js';
import { demoCalendar, demoTimeZones } from './demo-calendar.js';

interface Staff {
  userId: string;
  organizationId: string;
}

/**
 * ILLUSTRATIVE DATA. The programs' sources (PROGRAMS.md and the impulseR seed) name no employer: the 12
 * SIAE of impulseR are the demo's own invented structures (src/demo/organizations.ts), and every
 * other employer, contact, identifier and commitment below is invented too. SIRETs carry valid keys
 * (built by `siretWithKeys`), EINs and NEQs valid prefixes, so the forms accept them; none is meant to
 * be any real company's.
 */
interface DemoEmployer {
  name: string;
  legalIdentifier?: string;
  sectorCode?: string;
  sectorLabel?: string;
  sizeBand?: SizeBand;
  website?: string;
  siae?: SiaeKind;
  site: { name: string; postalCode: string; city: string; addressLine?: string };
  contact?: { givenName: string; familyName: string; role: ContactRole; jobTitle?: string };
  pathway?: { field: PathwayField; description?: string; madeDaysAgo: number };
  pledge?: { field?: PathwayField; hires: number; madeDaysAgo: number; inProgress?: boolean };
  /** Exchanges, the working day about `daysAgo` before today. */
  engagements?: { kind: EngagementKind; daysAgo: number; summary: string; withContact?: boolean }[];
}

const siret = (n: number) => siretWithKeys(String(79100000 + n * 7919).padStart(8, '0'), '0001');

/** The 12 SIAE of impulseR (the demo's organizations) as the directory of the first one knows them. */
const gironde: DemoEmployer[] = [
  {
    name: 'Chantier d’insertion Bastide Solidaire',
    siae: 'aci',
    sectorCode: '88.99B',
    sectorLabel: 'Action sociale sans hébergement',
    sizeBand: '10-49',
    site: {
      name: 'Chantier de la Bastide',
      addressLine: '14 quai de Queyries',
      postalCode: '33100',
      city: 'Bordeaux',
    },
    contact: { givenName: 'Marion', familyName: 'Lacoste', role: 'tutor', jobTitle: 'Encadrante technique' },
    pledge: { hires: 4, madeDaysAgo: 120, inProgress: true },
  },
  {
    name: 'Garonne Services Insertion',
    siae: 'ai',
    sectorCode: '78.30Z',
    sectorLabel: 'Autre mise à disposition de ressources humaines',
    sizeBand: '1-9',
    site: { name: 'Agence de Bègles', postalCode: '33130', city: 'Bègles' },
    contact: {
      givenName: 'Karim',
      familyName: 'Haddouche',
      role: 'hr',
      jobTitle: 'Chargé de mission emploi',
    },
    engagements: [
      {
        kind: 'call',
        daysAgo: 20,
        summary: 'Deux missions de ménage possibles en janvier.',
        withContact: true,
      },
    ],
  },
  {
    name: 'Médoc Emploi Solidaire',
    siae: 'aci',
    sectorCode: '01.13Z',
    sectorLabel: 'Culture de légumes (maraîchage)',
    sizeBand: '10-49',
    site: { name: 'Jardins de Lesparre', postalCode: '33340', city: 'Lesparre-Médoc' },
    contact: {
      givenName: 'Sylvie',
      familyName: 'Darrieux',
      role: 'tutor',
      jobTitle: 'Encadrante maraîchage',
    },
    pledge: { field: 'agriculture', hires: 3, madeDaysAgo: 90 },
  },
  {
    name: 'Atelier Bois et Bâti',
    siae: 'ei',
    sectorCode: '43.32A',
    sectorLabel: 'Travaux de menuiserie bois et PVC',
    sizeBand: '10-49',
    site: { name: 'Atelier de Mérignac', postalCode: '33700', city: 'Mérignac' },
    contact: {
      givenName: 'Thierry',
      familyName: 'Labat',
      role: 'hiring_manager',
      jobTitle: 'Chef d’atelier',
    },
    engagements: [
      {
        kind: 'visit',
        daysAgo: 35,
        summary: 'Visite-métier menuiserie avec quatre participants.',
        withContact: true,
      },
    ],
  },
  {
    name: 'Recyclerie des Graves',
    siae: 'ei',
    sectorCode: '38.32Z',
    sectorLabel: 'Récupération de déchets triés',
    sizeBand: '10-49',
    site: { name: 'Recyclerie', postalCode: '33170', city: 'Gradignan' },
    contact: { givenName: 'Nadia', familyName: 'Ferrand', role: 'executive', jobTitle: 'Directrice' },
  },
  {
    name: 'Jardins de l’Entre-deux-Mers',
    siae: 'aci',
    sectorCode: '81.30Z',
    sectorLabel: 'Services d’aménagement paysager',
    sizeBand: '10-49',
    site: { name: 'Jardins de Créon', postalCode: '33670', city: 'Créon' },
  },
  {
    name: 'Restaurant d’insertion La Table Ouverte',
    siae: 'ei',
    sectorCode: '56.10A',
    sectorLabel: 'Restauration traditionnelle',
    sizeBand: '10-49',
    site: { name: 'Restaurant', addressLine: '3 rue du Mirail', postalCode: '33000', city: 'Bordeaux' },
    contact: { givenName: 'Julien', familyName: 'Castaing', role: 'tutor', jobTitle: 'Chef de cuisine' },
    pledge: { field: 'hospitality', hires: 2, madeDaysAgo: 60 },
  },
  {
    name: 'Association intermédiaire Libourne Emploi',
    siae: 'ai',
    sectorCode: '78.30Z',
    sizeBand: '1-9',
    site: { name: 'Antenne de Libourne', postalCode: '33500', city: 'Libourne' },
  },
  {
    name: 'Entreprise de travail temporaire d’insertion Aquitaine Intérim',
    siae: 'etti',
    sectorCode: '78.20Z',
    sectorLabel: 'Activités des agences de travail temporaire',
    sizeBand: '1-9',
    site: { name: 'Agence de Pessac', postalCode: '33600', city: 'Pessac' },
    contact: { givenName: 'Claire', familyName: 'Barrère', role: 'hr', jobTitle: 'Chargée de recrutement' },
  },
  {
    name: 'Chantier Nature Bassin d’Arcachon',
    siae: 'aci',
    sectorCode: '81.30Z',
    sizeBand: '10-49',
    site: { name: 'Base nature', postalCode: '33260', city: 'La Teste-de-Buch' },
  },
  {
    name: 'Blanchisserie solidaire des Hauts de Garonne',
    siae: 'ei',
    sectorCode: '96.01A',
    sectorLabel: 'Blanchisserie-teinturerie de gros',
    sizeBand: '10-49',
    site: { name: 'Blanchisserie', postalCode: '33310', city: 'Lormont' },
  },
  {
    name: 'Mobilité Solidaire Gironde',
    siae: 'ei',
    sectorCode: '45.20A',
    sectorLabel: 'Entretien et réparation de véhicules légers',
    sizeBand: '1-9',
    site: { name: 'Garage solidaire', postalCode: '33400', city: 'Talence' },
  },
];

/** Partner companies of impulseR's internships and job visits, in the same directory (not SIAE). */
const girondePartners: DemoEmployer[] = [
  {
    name: 'Clinique des Chartrons',
    sectorCode: '86.10Z',
    sectorLabel: 'Activités hospitalières',
    sizeBand: '250-999',
    site: { name: 'Clinique', postalCode: '33300', city: 'Bordeaux' },
    contact: {
      givenName: 'Hélène',
      familyName: 'Poujol',
      role: 'hr',
      jobTitle: 'Responsable des ressources humaines',
    },
    pathway: { field: 'health_care', description: 'Stages d’agent de service hospitalier', madeDaysAgo: 75 },
    engagements: [
      {
        kind: 'agreement',
        daysAgo: 70,
        summary: 'Convention de stages signée pour trois agents de service.',
        withContact: true,
      },
    ],
  },
  {
    name: 'Logistique Bordeaux Fret',
    sectorCode: '52.10B',
    sectorLabel: 'Entreposage et stockage non frigorifique',
    sizeBand: '50-249',
    site: { name: 'Entrepôt', postalCode: '33520', city: 'Bruges' },
    engagements: [{ kind: 'event', daysAgo: 45, summary: 'Job dating logistique : huit candidats reçus.' }],
  },
];

/** Employers recruited through the chamber of commerce: pathways in health care, manufacturing, hospitality. */
const louisville: DemoEmployer[] = [
  {
    name: 'Ohio Valley Health System',
    legalIdentifier: '61-4820315',
    sectorCode: '622110',
    sectorLabel: 'General Medical and Surgical Hospitals',
    sizeBand: '1000+',
    site: {
      name: 'Downtown campus',
      addressLine: '200 E Chestnut St',
      postalCode: '40202',
      city: 'Louisville',
    },
    contact: {
      givenName: 'Angela',
      familyName: 'Brooks',
      role: 'hr',
      jobTitle: 'Talent acquisition director',
    },
    pathway: {
      field: 'health_care',
      description: 'Pathway for foreign-trained nurses (NCLEX preparation, CNA roles first)',
      madeDaysAgo: 200,
    },
    pledge: { field: 'health_care', hires: 15, madeDaysAgo: 200, inProgress: true },
    engagements: [
      {
        kind: 'event',
        daysAgo: 200,
        summary: 'Chamber of commerce breakfast: signed the credential-recognition pledge.',
      },
      {
        kind: 'call',
        daysAgo: 14,
        summary: 'Six candidates passed the CNA exam; interviews next month.',
        withContact: true,
      },
    ],
  },
  {
    name: 'Bluegrass Appliance Works',
    legalIdentifier: '61-7734021',
    sectorCode: '335220',
    sectorLabel: 'Major Household Appliance Manufacturing',
    sizeBand: '1000+',
    site: { name: 'Appliance Park', postalCode: '40225', city: 'Louisville' },
    contact: {
      givenName: 'Marcus',
      familyName: 'Hale',
      role: 'hiring_manager',
      jobTitle: 'Plant HR manager',
    },
    pathway: {
      field: 'manufacturing',
      description: 'Maintenance technician track with paid certification',
      madeDaysAgo: 180,
    },
    pledge: { field: 'manufacturing', hires: 20, madeDaysAgo: 180 },
  },
  {
    name: 'Derby City Hotel & Conference Center',
    legalIdentifier: '62-1093874',
    sectorCode: '721110',
    sectorLabel: 'Hotels (except Casino Hotels) and Motels',
    sizeBand: '250-999',
    site: { name: 'Hotel', addressLine: '140 N Fourth St', postalCode: '40202', city: 'Louisville' },
    pathway: { field: 'hospitality', madeDaysAgo: 150 },
    pledge: { field: 'hospitality', hires: 10, madeDaysAgo: 150 },
    engagements: [
      {
        kind: 'visit',
        daysAgo: 30,
        summary: 'Tour of the kitchens and housekeeping with the workforce center.',
      },
    ],
  },
];

/** Hospitals, manufacturers and engineering firms St. Louis works with. */
const stLouis: DemoEmployer[] = [
  {
    name: 'Gateway Regional Medical Center',
    legalIdentifier: '43-1298456',
    sectorCode: '622110',
    sectorLabel: 'General Medical and Surgical Hospitals',
    sizeBand: '1000+',
    site: { name: 'Central West End campus', postalCode: '63110', city: 'St. Louis' },
    contact: { givenName: 'Rachel', familyName: 'Nguyen', role: 'hr', jobTitle: 'Clinical recruitment lead' },
    pathway: {
      field: 'health_care',
      description: 'Clinical lab roles for foreign-trained physicians while they prepare the USMLE',
      madeDaysAgo: 90,
    },
  },
  {
    name: 'Arch City Precision Manufacturing',
    legalIdentifier: '43-2087311',
    sectorCode: '332710',
    sectorLabel: 'Machine Shops',
    sizeBand: '50-249',
    site: { name: 'North plant', postalCode: '63147', city: 'St. Louis' },
    pledge: { field: 'manufacturing', hires: 5, madeDaysAgo: 60 },
  },
  {
    name: 'Confluence Civil Engineering Group',
    legalIdentifier: '43-3314508',
    sectorCode: '541330',
    sectorLabel: 'Engineering Services',
    sizeBand: '50-249',
    site: { name: 'Downtown office', postalCode: '63101', city: 'St. Louis' },
    contact: { givenName: 'David', familyName: 'Okonkwo', role: 'executive', jobTitle: 'Principal engineer' },
    pathway: {
      field: 'engineering',
      description: 'EIT mentoring for foreign-trained civil engineers',
      madeDaysAgo: 40,
    },
    engagements: [
      {
        kind: 'visit',
        daysAgo: 25,
        summary: 'Met the partners; open to a junior engineer position in spring.',
        withContact: true,
      },
    ],
  },
  {
    name: 'Riverbend Structural Engineers',
    legalIdentifier: '43-4401226',
    sectorCode: '541330',
    sizeBand: '10-49',
    site: { name: 'Office', postalCode: '63141', city: 'Creve Coeur' },
  },
];

/** Employers of the regions that PROMIS's regionalization counselors work with (Québec). */
const quebec: DemoEmployer[] = [
  {
    name: 'Mines Abitibi-Ouest',
    legalIdentifier: '1164839207',
    sectorCode: '212220',
    sectorLabel: 'Extraction de minerais d’or et d’argent',
    sizeBand: '250-999',
    site: { name: 'Bureau de Rouyn-Noranda', postalCode: 'J9X 2B3', city: 'Rouyn-Noranda' },
    contact: {
      givenName: 'Josée',
      familyName: 'Bélanger',
      role: 'hr',
      jobTitle: 'Conseillère en acquisition de talents',
    },
    pledge: { field: 'engineering', hires: 6, madeDaysAgo: 100, inProgress: true },
    engagements: [
      {
        kind: 'event',
        daysAgo: 21,
        summary: 'Présentation à l’Info-Emploi Abitibi : 14 personnes inscrites.',
        withContact: true,
      },
    ],
  },
  {
    name: 'Pêcheries du Bas-Saint-Laurent',
    legalIdentifier: '1171520849',
    sectorCode: '311710',
    sectorLabel: 'Préparation et conditionnement de poissons et de fruits de mer',
    sizeBand: '50-249',
    site: { name: 'Usine de Rimouski', postalCode: 'G5L 1A1', city: 'Rimouski' },
    pledge: { field: 'manufacturing', hires: 8, madeDaysAgo: 80 },
  },
  {
    name: 'Aluminerie du Fjord',
    legalIdentifier: '1148306512',
    sectorCode: '331313',
    sectorLabel: 'Production et transformation d’alumine et d’aluminium',
    sizeBand: '1000+',
    site: { name: 'Complexe de Saguenay', postalCode: 'G7H 5B1', city: 'Saguenay' },
    pathway: {
      field: 'manufacturing',
      description: 'Parcours d’électromécanicien avec reconnaissance des acquis',
      madeDaysAgo: 130,
    },
  },
  {
    name: 'Centre de santé de l’Estrie',
    legalIdentifier: '8831852409',
    sectorCode: '622111',
    sectorLabel: 'Hôpitaux généraux',
    sizeBand: '1000+',
    site: { name: 'Hôpital', postalCode: 'J1H 5N4', city: 'Sherbrooke' },
    pathway: { field: 'health_care', madeDaysAgo: 50 },
  },
];

/** A few employers of the Mission Locale de Toulouse (IPR Occitanie). */
const occitanie: DemoEmployer[] = [
  {
    name: 'Aéro Composites Blagnac',
    sectorCode: '30.30Z',
    sectorLabel: 'Construction aéronautique et spatiale',
    sizeBand: '250-999',
    site: { name: 'Usine', postalCode: '31700', city: 'Blagnac' },
    contact: { givenName: 'Laurent', familyName: 'Esquirol', role: 'hr', jobTitle: 'Chargé de recrutement' },
    pledge: { field: 'manufacturing', hires: 3, madeDaysAgo: 45 },
    engagements: [
      {
        kind: 'email',
        daysAgo: 10,
        summary: 'Offres d’apprentissage en stratification transmises.',
        withContact: true,
      },
    ],
  },
  {
    name: 'Restaurant Le Capitole Gourmand',
    sectorCode: '56.10A',
    sizeBand: '10-49',
    site: { name: 'Restaurant', postalCode: '31000', city: 'Toulouse' },
    engagements: [
      { kind: 'visit', daysAgo: 18, summary: 'Visite avec deux jeunes intéressés par la cuisine.' },
    ],
  },
  {
    name: 'Garonne Logistique Fenouillet',
    sectorCode: '52.29A',
    sizeBand: '50-249',
    site: { name: 'Plateforme', postalCode: '31150', city: 'Fenouillet' },
  },
];

export interface EmployersCast {
  gironde: Staff & { consortiumId: string };
  louisville: Staff;
  stLouis: Staff;
  quebec: Staff;
  occitanie: Staff;
}

/**
 * The employers directories of the five programs, through the use cases, as each program's counselor:
 * impulseR's 12 SIAE (shared with the consortium) and its internship partners, Louisville's employers
 * committed to health-care, manufacturing and hospitality pathways with their pledges, St. Louis's
 * hospitals, manufacturers and engineering firms, Québec's employers in the regions, a few in Toulouse.
 */
export async function loadDemoEmployers(deps: Deps, cast: EmployersCast): Promise<{ employers: number }> {
  const now = deps.clock.now();
  let employers = 0;
  const load = async (
    staff: Staff,
    locale: 'fr' | 'en',
    zone: string,
    country: 'FR' | 'US' | 'CA',
    list: DemoEmployer[],
    options: { shared: boolean; consortiumId?: string; firstSiret?: number },
  ) => {
    const actor = await buildActor(
      deps.db,
      { id: staff.userId, displayName: 'demo', locale },
      'demo-loader',
      staff.organizationId,
    );
    if (!actor) throw new Error('demo employers: counselor without membership');
    const ctx: RequestContext = { actor, requestId: 'demo-loader', locale, ip: null };
    const calendar = demoCalendar(now, zone);
    const daysAgo = (days: number) => calendar.workingDay(-Math.max(1, days));
    const year = calendar.today.slice(0, 4);
    for (const [index, e] of list.entries()) {
      const { id: employerId } = await createEmployer(deps)(ctx, {
        name: e.name,
        country,
        legalIdentifier:
          e.legalIdentifier ?? (options.firstSiret !== undefined ? siret(options.firstSiret + index) : null),
        sectorCode: e.sectorCode ?? null,
        sectorLabel: e.sectorLabel ?? null,
        sizeBand: e.sizeBand ?? null,
        website: e.website ?? null,
        siae: Boolean(e.siae),
        siaeKind: e.siae ?? null,
        siaeConsortiumId: e.siae ? (options.consortiumId ?? null) : null,
        sharedWithConsortium: options.shared,
      });
      employers += 1;
      await addSite(deps)(ctx, { employerId, ...e.site, headOffice: true });
      const contact = e.contact ? await addContact(deps)(ctx, { employerId, ...e.contact }) : null;
      if (e.pathway)
        await addCommitment(deps)(ctx, {
          employerId,
          commitment: {
            kind: 'pathway',
            field: e.pathway.field,
            description: e.pathway.description ?? null,
            madeOn: daysAgo(e.pathway.madeDaysAgo),
          },
        });
      if (e.pledge) {
        const { id } = await addCommitment(deps)(ctx, {
          employerId,
          commitment: {
            kind: 'hiring_pledge',
            field: e.pledge.field ?? null,
            hires: e.pledge.hires,
            periodStart: `${year}-01-01`,
            periodEnd: `${year}-12-31`,
            madeOn: daysAgo(e.pledge.madeDaysAgo),
          },
        });
        if (e.pledge.inProgress)
          await changeCommitmentStatus(deps)(ctx, { employerId, commitmentId: id, status: 'in_progress' });
      }
      for (const engagement of e.engagements ?? [])
        await recordEngagement(deps)(ctx, {
          employerId,
          kind: engagement.kind,
          occurredOn: daysAgo(engagement.daysAgo),
          summary: engagement.summary,
          contactId: engagement.withContact && contact ? contact.id : null,
        });
    }
  };

  await load(cast.gironde, 'fr', demoTimeZones.gironde, 'FR', gironde, {
    shared: true,
    consortiumId: cast.gironde.consortiumId,
    firstSiret: 1,
  });
  await load(cast.gironde, 'fr', demoTimeZones.gironde, 'FR', girondePartners, {
    shared: true,
    firstSiret: 40,
  });
  await load(cast.louisville, 'en', demoTimeZones.louisville, 'US', louisville, { shared: true });
  await load(cast.stLouis, 'en', demoTimeZones.stLouis, 'US', stLouis, { shared: false });
  await load(cast.quebec, 'fr', demoTimeZones.quebec, 'CA', quebec, { shared: true });
  await load(cast.occitanie, 'fr', demoTimeZones.occitanie, 'FR', occitanie, {
    shared: true,
    firstSiret: 60,
  });
  return { employers };
}
