import type { RetentionPurpose } from './retention.js';

/** Text in each language the register is printed in. */
export interface Bilingual {
  fr: string;
  en: string;
}

export interface ProcessingActivity {
  id: string;
  name: Bilingual;
  purpose: Bilingual;
  legalBasis: Bilingual;
  dataCategories: Bilingual[];
  peopleCategories: Bilingual[];
  recipients: Bilingual[];
  /** The organization's setting that bounds it, or a fixed rule when the law sets the period. */
  retention: { setting: RetentionPurpose } | { fixed: Bilingual };
}

const b = (fr: string, en: string): Bilingual => ({ fr, en });

const staff = b(
  'Le personnel de la structure, selon son rôle',
  "The organization's staff, according to their role",
);
const partners = b(
  'Les partenaires du consortium, seulement avec le consentement de la personne (partage avec les partenaires)',
  "Consortium partners, only with the person's consent (sharing with partners)",
);
const funders = b(
  'Les financeurs : chiffres agrégés seulement, jamais de données nominatives',
  'Funders: aggregate figures only, never named data',
);
const beneficiaries = b('Personnes accompagnées', 'People accompanied');
const identity = b(
  'Identité (deux écritures), date de naissance, sexe, nationalité',
  'Identity (two scripts), birth date, sex, nationality',
);
const contact = b('Coordonnées (téléphone, courriel, adresse)', 'Contact details (phone, e-mail, address)');

/**
 * The organization's processing activities as the product carries them out (GDPR art. 30(1)). What
 * varies by organization (its name, partners, retention periods) is added when the register is drawn up.
 */
export const processingActivities: readonly ProcessingActivity[] = [
  {
    id: 'accompaniment',
    name: b('Accompagnement vers l’emploi', 'Accompaniment toward employment'),
    purpose: b(
      'Suivre le parcours de la personne : dossier, parcours professionnel, rendez-vous, notes, documents',
      "Following the person's path: file, career plan, appointments, notes, documents",
    ),
    legalBasis: b(
      'Mission d’intérêt public ou intérêt légitime de la structure ; consentement explicite pour les données de santé',
      "Task in the public interest or the organization's legitimate interest; explicit consent for health data",
    ),
    dataCategories: [
      identity,
      contact,
      b(
        'Statut administratif et ses dates (donnée sensible)',
        'Immigration status and its dates (sensitive)',
      ),
      b('Freins, dont la santé (donnée de santé, art. 9)', 'Barriers, health included (health data, art. 9)'),
      b('Langues, formation, expérience, foyer', 'Languages, education, experience, household'),
      b(
        'Notes de suivi et documents déposés (diplômes, CV, pièces d’identité)',
        'Follow-up notes and documents (diplomas, CVs, identity papers)',
      ),
    ],
    peopleCategories: [beneficiaries, b('Membres de leur foyer', 'Members of their household')],
    recipients: [staff, partners],
    retention: { setting: 'person_files' },
  },
  {
    id: 'programs',
    name: b('Programmes et compte rendu aux financeurs', 'Programs and reporting to funders'),
    purpose: b(
      'Vérifier l’éligibilité, inscrire, compter les résultats par rapport aux objectifs',
      'Checking eligibility, enrolling, counting results against targets',
    ),
    legalBasis: b('Obligations des conventions de financement', 'Obligations of the funding agreements'),
    dataCategories: [
      b(
        'Inscriptions, dates, motifs de sortie, faits d’éligibilité',
        'Enrolments, dates, exit reasons, eligibility facts',
      ),
    ],
    peopleCategories: [beneficiaries],
    recipients: [staff, funders],
    retention: { setting: 'person_files' },
  },
  {
    id: 'sessions',
    name: b(
      'Sessions collectives et porte d’entrée publique',
      'Collective sessions and the public front door',
    ),
    purpose: b(
      'Inscrire aux sessions, faire l’appel, délivrer des attestations ; recevoir les demandes d’inscription du public',
      'Enrolling in sessions, taking roll calls, issuing attestations; receiving sign-up requests from the public',
    ),
    legalBasis: b(
      'Consentement (demande d’inscription) ; intérêt légitime',
      'Consent (sign-up request); legitimate interest',
    ),
    dataCategories: [b('Nom, courriel, téléphone, présences', 'Name, e-mail, phone, attendance')],
    peopleCategories: [beneficiaries, b('Personnes qui demandent à s’inscrire', 'People asking to sign up')],
    recipients: [
      staff,
      b('Structures du consortium qui organisent la session', 'Consortium organizations running the session'),
    ],
    retention: { setting: 'signup_requests' },
  },
  {
    id: 'follow-up',
    name: b('Rendez-vous et notes de suivi', 'Appointments and follow-up notes'),
    purpose: b(
      'Organiser les rendez-vous, garder trace des échanges',
      'Arranging appointments, keeping a record of exchanges',
    ),
    legalBasis: b('Intérêt légitime de la structure', "The organization's legitimate interest"),
    dataCategories: [
      b('Dates, lieux, notes (confidentielles ou non)', 'Dates, places, notes (confidential or not)'),
    ],
    peopleCategories: [beneficiaries],
    recipients: [staff],
    retention: { setting: 'appointment_notes' },
  },
  {
    id: 'loan-fund',
    name: b('Fonds de prêts', 'Loan fund'),
    purpose: b(
      'Instruire, décaisser et suivre les prêts ; tenir le journal du fonds',
      "Deciding, paying out and servicing loans; keeping the fund's journal",
    ),
    legalBasis: b(
      'Contrat de prêt ; obligation légale de tenue des comptes',
      'Loan agreement; legal obligation to keep accounts',
    ),
    dataCategories: [
      b(
        'Nom de l’emprunteur, montants, échéancier, paiements',
        "Borrower's name, amounts, schedule, payments",
      ),
    ],
    peopleCategories: [b('Emprunteurs', 'Borrowers')],
    recipients: [
      staff,
      b(
        'La structure qui gère le fonds et son comité',
        'The organization operating the fund and its committee',
      ),
    ],
    retention: {
      fixed: b(
        'Le journal du fonds est conservé le temps légal de conservation des pièces comptables ; à l’anonymisation, le prêt y reste sans nom',
        "The fund's journal is kept for the legal retention period of accounting records; once anonymized, the loan stays in it without a name",
      ),
    },
  },
  {
    id: 'security',
    name: b('Comptes du personnel et journal d’audit', 'Staff accounts and audit log'),
    purpose: b(
      'Authentifier, autoriser, tracer chaque lecture et écriture de données personnelles',
      'Authenticating, authorizing, tracing every read and write of personal data',
    ),
    legalBasis: b('Obligation de sécurité (art. 32)', 'Security obligation (art. 32)'),
    dataCategories: [
      b(
        'Nom, courriel, rôle du personnel ; journal d’audit (sans valeurs)',
        'Staff name, e-mail, role; audit log (no values)',
      ),
    ],
    peopleCategories: [b('Personnel des structures', "Organizations' staff")],
    recipients: [b('Administrateurs de la structure', "The organization's administrators")],
    retention: {
      fixed: b(
        'Durée du compte ; journal d’audit conservé pour preuve',
        'Lifetime of the account; audit log kept as evidence',
      ),
    },
  },
];

/** What protects the data, as the product does it (art. 30(1)(g), art. 32). */
export const securityMeasures: readonly Bilingual[] = [
  b(
    'Accès par rôle et par structure : hors périmètre, une donnée est introuvable',
    'Access by role and organization: out of scope, data is not found',
  ),
  b(
    'Données sensibles (statut, santé) réservées aux rôles habilités',
    'Sensitive data (status, health) for authorized roles only',
  ),
  b(
    'Documents chiffrés au repos (AES-256-GCM) avec rotation des clés',
    'Documents encrypted at rest (AES-256-GCM) with key rotation',
  ),
  b(
    'Journal d’audit de chaque lecture et écriture, scellé en chaîne de hachage',
    'Audit log of every read and write, sealed in a hash chain',
  ),
  b(
    'Second facteur pour les administrateurs ; cookies de session sécurisés ; protection CSRF',
    'Second factor for administrators; secure session cookies; CSRF protection',
  ),
  b(
    'Export, limitation et anonymisation à la demande de la personne ; durées de conservation appliquées chaque nuit',
    "Export, restriction and anonymization at the person's request; retention periods applied every night",
  ),
];
