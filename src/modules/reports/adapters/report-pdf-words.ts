import type { DataQualityCheck } from '../domain/data-quality.js';

export type ReportLanguage = 'fr' | 'en';

interface Words {
  colon: string;
  program: string;
  template: string;
  audience: string;
  readFor: string;
  readers: Record<'staff' | 'funder', string>;
  period: string;
  periodRange: (from: string, to: string) => string;
  asOf: string;
  unit: string;
  units: Record<'person' | 'household', string>;
  fund: string;
  organizations: string;
  funderNote: string;
  category: string;
  value: string;
  numerator: string;
  denominator: string;
  total: string;
  suppressed: string;
  none: string;
  unavailable: string;
  dataQuality: string;
  noFindings: string;
  checks: Record<DataQualityCheck, string>;
  footer: (name: string, page: number, pages: number) => string;
  targets: string;
  targetColumns: [string, string, string, string, string, string, string];
  wholeProgram: string;
  statuses: Record<'achieved' | 'on_track' | 'behind' | 'not_started', string>;
}

/** What a report's PDF says around its figures (the files have no i18n bundle of the web app). */
export const pdfWords: Record<ReportLanguage, Words> = {
  fr: {
    colon: ' :',
    program: 'Programme',
    template: 'Modèle',
    audience: 'Destinataires',
    readFor: 'Lecture',
    readers: {
      staff: 'équipe (tous les chiffres)',
      funder: 'financeur (petits effectifs masqués)',
    },
    period: 'Période',
    periodRange: (from, to) => `du ${from} au ${to}`,
    asOf: 'Données au',
    unit: 'Unité de compte',
    units: { person: 'personnes', household: 'ménages' },
    fund: 'Fonds de prêts',
    organizations: 'Structures comptées',
    funderNote:
      'Les effectifs de moins de dix, et ceux qui permettraient de les retrouver par soustraction, sont masqués.',
    category: 'Catégorie',
    value: 'Valeur',
    numerator: 'Numérateur',
    denominator: 'Dénominateur',
    total: 'Total',
    suppressed: 'masqué (petit effectif)',
    none: '—',
    unavailable: 'Non disponible pour ce programme.',
    dataQuality: 'Qualité des données',
    noFindings: 'Aucun point à signaler.',
    checks: {
      ended_without_exit: 'Parcours terminés sans sortie enregistrée',
      missing_birth_date: 'Date de naissance non renseignée',
      missing_sex: 'Sexe non renseigné',
      missing_nationality: 'Nationalité non renseignée',
      follow_up_overdue: 'Suivis après la sortie en retard',
    },
    footer: (name, page, pages) => `${name} — page ${page} sur ${pages}`,
    targets: 'Objectifs',
    targetColumns: ['Structure', 'Période', 'Objectif', 'Réalisé', 'Attendu', 'Projection', 'État'],
    wholeProgram: 'Tout le programme',
    statuses: {
      achieved: 'Atteint',
      on_track: 'En bonne voie',
      behind: 'En retard',
      not_started: 'Pas commencé',
    },
  },
  en: {
    colon: ':',
    program: 'Program',
    template: 'Template',
    audience: 'For',
    readFor: 'Read as',
    readers: {
      staff: 'staff (every figure)',
      funder: 'funder (small groups hidden)',
    },
    period: 'Period',
    periodRange: (from, to) => `${from} to ${to}`,
    asOf: 'Data as of',
    unit: 'Counting unit',
    units: { person: 'persons', household: 'households' },
    fund: 'Loan fund',
    organizations: 'Organizations counted',
    funderNote: 'Counts under ten, and those that would let them be recovered by subtraction, are hidden.',
    category: 'Category',
    value: 'Value',
    numerator: 'Numerator',
    denominator: 'Denominator',
    total: 'Total',
    suppressed: 'hidden (small group)',
    none: '—',
    unavailable: 'Not available for this program.',
    dataQuality: 'Data quality',
    noFindings: 'Nothing to report.',
    checks: {
      ended_without_exit: 'Enrolments ended with no exit recorded',
      missing_birth_date: 'Birth date not recorded',
      missing_sex: 'Sex not recorded',
      missing_nationality: 'Nationality not recorded',
      follow_up_overdue: 'Follow-ups after exit overdue',
    },
    footer: (name, page, pages) => `${name} — page ${page} of ${pages}`,
    targets: 'Targets',
    targetColumns: ['Organization', 'Period', 'Target', 'Actual', 'Expected', 'Projection', 'Status'],
    wholeProgram: 'Whole program',
    statuses: { achieved: 'Achieved', on_track: 'On track', behind: 'Behind', not_started: 'Not started' },
  },
};
