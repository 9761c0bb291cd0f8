import type { EligibilityRule } from '../domain/eligibility.js';
import type { CreateProgramInput } from '../use-cases/create-program.js';

/**
 * The five programs Passerelle was built with, with their real eligibility rules and volume targets.
 * Dates are chosen by whoever loads them (the demo anchors them around the current year).
 */
export interface CatalogParticipants {
  occitanie: { coordinatorId: string; consortiumId: string; memberIds: string[] };
  gironde: { coordinatorId: string; consortiumId: string; memberIds: string[] };
  stLouis: { organizationId: string };
  louisville: { organizationId: string; consortiumId?: string; memberIds?: string[] };
  quebec: { coordinatorId: string; consortiumId: string; memberIds: string[] };
}

export interface CatalogTarget {
  memberOrganizationId: string | null;
  periodStart: string;
  periodEnd: string;
  targetCount: number;
  unit: 'person' | 'household';
}

export interface CatalogProgram {
  key: 'ipr' | 'rcp' | 'icp' | 'impulser' | 'emplois-en-regions' | 'louisville-recredentialing';
  input: CreateProgramInput & { ownerOrganizationId: string };
  targets: CatalogTarget[];
}

const internationalProtection: EligibilityRule = {
  kind: 'allowedStatuses',
  statuses: ['refugee', 'subsidiary_protection'],
};

/** Splits a total across members as evenly as integers allow (the remainder goes to the first ones). */
export function splitEvenly(total: number, memberIds: readonly string[]): Map<string, number> {
  const base = Math.floor(total / memberIds.length);
  const remainder = total - base * memberIds.length;
  return new Map(memberIds.map((id, index) => [id, base + (index < remainder ? 1 : 0)]));
}

export function fivePrograms(participants: CatalogParticipants, firstYear: number): CatalogProgram[] {
  const yearStart = (offset: number) => `${firstYear + offset}-01-01`;
  const yearEnd = (offset: number) => `${firstYear + offset}-12-31`;

  // Occitanie: "a little over 1,500 beneficiaries over the three years" — 1,520 here.
  const iprTotal = 1520;
  const iprShares = splitEvenly(iprTotal, participants.occitanie.memberIds);
  // Québec: from 260 to 1,160 households a year once the three organizations joined forces.
  const householdsPerYear = 1160;
  // The other programs publish no volume target: these are sized to the demo's enrolments (tens of people,
  // not the real programs' hundreds), for the current year, so that their trajectories read differently.
  const thisYearTarget = (targetCount: number): CatalogTarget[] => [
    {
      memberOrganizationId: null,
      periodStart: yearStart(1),
      periodEnd: yearEnd(1),
      targetCount,
      unit: 'person',
    },
  ];

  return [
    {
      key: 'ipr',
      input: {
        ownerOrganizationId: participants.occitanie.coordinatorId,
        consortiumId: participants.occitanie.consortiumId,
        code: 'IPR-OCC',
        nameFr: 'Intégration professionnelle des réfugiés (IPR) — Occitanie',
        nameEn: 'Professional Integration of Refugees (IPR) — Occitanie',
        descriptionFr:
          'Accompagnement renforcé vers et dans l’emploi des jeunes de moins de 26 ans demandeurs d’asile depuis plus de six mois ou bénéficiaires de la protection internationale, par le réseau des Missions Locales d’Occitanie : repérage, accompagnement individualisé, coordination des acteurs, professionnalisation.',
        descriptionEn:
          'Reinforced accompaniment towards and into work for young people under 26 who have been asylum seekers for more than six months or are beneficiaries of international protection, by the Missions Locales of Occitanie.',
        countingUnit: 'person',
        status: 'active',
        startsOn: yearStart(0),
        endsOn: yearEnd(2),
        // Reinforced accompaniment: the consortium promises at least two contacts a month.
        expectedContactsPerMonth: 2,
        rules: [
          { kind: 'maxAge', years: 26, inclusive: false },
          {
            kind: 'anyOf',
            label: {
              fr: "Demandeur·se d'asile depuis plus de 6 mois, ou bénéficiaire de la protection internationale",
              en: 'Asylum seeker for more than 6 months, or beneficiary of international protection',
            },
            rules: [
              { kind: 'minMonthsSinceAsylumApplication', months: 6, strict: true },
              internationalProtection,
            ],
          },
        ],
      },
      targets: [
        {
          memberOrganizationId: null,
          periodStart: yearStart(0),
          periodEnd: yearEnd(2),
          targetCount: iprTotal,
          unit: 'person',
        },
        ...participants.occitanie.memberIds.map((id) => ({
          memberOrganizationId: id,
          periodStart: yearStart(0),
          periodEnd: yearEnd(2),
          targetCount: iprShares.get(id) ?? 0,
          unit: 'person' as const,
        })),
      ],
    },
    {
      key: 'rcp',
      input: {
        ownerOrganizationId: participants.stLouis.organizationId,
        code: 'RCP',
        nameFr: 'Refugee Career Pathways — parcours professionnels des réfugiés',
        nameEn: 'Refugee Career Pathways',
        descriptionFr:
          'Coaching de carrière des réfugiés arrivés récemment : plan de carrière individuel, anglais, évaluation du diplôme étranger, formation et certification, retour au métier.',
        descriptionEn:
          'Career coaching for recently arrived refugees: individual career plan, English, foreign degree evaluation, training and certification, re-entry into the profession.',
        countingUnit: 'person',
        status: 'active',
        startsOn: yearStart(0),
        endsOn: null,
        rules: [
          { kind: 'allowedStatuses', statuses: ['refugee'] },
          { kind: 'maxYearsSinceArrival', years: 5, strict: true },
        ],
      },
      targets: thisYearTarget(70),
    },
    {
      key: 'icp',
      input: {
        ownerOrganizationId: participants.stLouis.organizationId,
        code: 'ICP',
        nameFr: 'Immigrant Career Pathways — parcours professionnels des immigrants diplômés',
        nameEn: 'Immigrant Career Pathways',
        descriptionFr: 'Coaching de carrière des immigrants non réfugiés titulaires d’un diplôme étranger.',
        descriptionEn: 'Career coaching for non-refugee immigrants holding international degrees.',
        countingUnit: 'person',
        status: 'active',
        startsOn: yearStart(0),
        endsOn: null,
        rules: [
          { kind: 'excludedStatuses', statuses: ['refugee', 'asylum_seeker', 'subsidiary_protection'] },
          { kind: 'foreignDegreeRequired' },
        ],
      },
      targets: thisYearTarget(40),
    },
    {
      key: 'impulser',
      input: {
        ownerOrganizationId: participants.gironde.coordinatorId,
        consortiumId: participants.gironde.consortiumId,
        code: 'IMPULSER',
        nameFr: 'impulseR Gironde',
        nameEn: 'impulseR Gironde',
        descriptionFr:
          'Parcours global de douze SIAE de Gironde pour les personnes réfugiées : contrat de travail en SIAE, accompagnement pluridisciplinaire pour lever les freins (langue, logement, mobilité, garde d’enfants, santé, numérique), ateliers numériques, cours de français, visites-métiers et stages.',
        descriptionEn:
          'A pathway built by twelve work-integration enterprises of Gironde for refugees: an employment contract, multidisciplinary support to remove barriers, digital workshops, French classes, job visits and internships.',
        countingUnit: 'person',
        status: 'active',
        startsOn: yearStart(0),
        endsOn: null,
        rules: [internationalProtection],
      },
      targets: thisYearTarget(120),
    },
    {
      key: 'emplois-en-regions',
      input: {
        ownerOrganizationId: participants.quebec.coordinatorId,
        consortiumId: participants.quebec.consortiumId,
        code: 'EER',
        nameFr: 'Emplois en régions',
        nameEn: 'Jobs in the Regions (Emplois en régions)',
        descriptionFr:
          'Accompagnement des personnes immigrantes de Montréal — ou titulaires d’un CSQ encore à l’étranger (volet prédépart) — qui souhaitent s’établir en région : plan d’action de régionalisation, Info-Emploi, séjours exploratoires, soutien financier, relais vers un partenaire régional.',
        descriptionEn:
          'Support for immigrants living in Montréal — or CSQ holders still abroad (pre-departure track) — who want to settle in a region of Québec.',
        countingUnit: 'household',
        status: 'active',
        startsOn: yearStart(-2),
        endsOn: null,
        rules: [
          {
            kind: 'anyOf',
            label: {
              fr: 'Personne immigrante résidant à Montréal, ou titulaire d’un CSQ encore à l’étranger',
              en: 'Immigrant living in Montréal, or CSQ holder still abroad',
            },
            rules: [
              {
                kind: 'allOf',
                rules: [
                  { kind: 'residence', cities: ['Montréal'] },
                  { kind: 'excludedStatuses', statuses: ['naturalized_citizen'] },
                ],
              },
              { kind: 'allowedStatuses', statuses: ['csq_holder_abroad'] },
            ],
          },
        ],
      },
      // The consortium's yearly targets climb to 1,160 households as its members join forces.
      targets: [
        [-2, 400],
        [-1, 700],
        [0, householdsPerYear],
        [1, householdsPerYear],
        [2, householdsPerYear],
      ].map(([offset, targetCount]) => ({
        memberOrganizationId: null,
        periodStart: yearStart(offset!),
        periodEnd: yearEnd(offset!),
        targetCount: targetCount!,
        unit: 'household' as const,
      })),
    },
    {
      key: 'louisville-recredentialing',
      input: {
        ownerOrganizationId: participants.louisville.organizationId,
        consortiumId: participants.louisville.consortiumId ?? null,
        code: 'RECRED-LOU',
        nameFr: 'Reconnaissance des qualifications — Louisville',
        nameEn: 'Credential Recognition Pathways — Louisville',
        descriptionFr:
          'Parcours de reconnaissance des qualifications des immigrants et réfugiés formés à l’étranger dans les métiers en tension (santé, industrie, hôtellerie), avec un fonds de prêts renouvelable pour les frais de requalification.',
        descriptionEn:
          'Re-credentialing pathways for foreign-trained immigrants and refugees in high-demand fields (health care, manufacturing, hospitality), with a revolving loan fund for re-credentialing costs.',
        countingUnit: 'person',
        status: 'active',
        startsOn: yearStart(0),
        endsOn: null,
        rules: [{ kind: 'foreignDegreeRequired' }],
      },
      targets: thisYearTarget(45),
    },
  ];
}
