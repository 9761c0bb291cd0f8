import type { ContractType } from '../../offers/domain/contract-types.js';
import type { ImmersionKind, ImmersionOutcome, Signatory } from '../domain/vocabulary.js';

/** The printed agreement's words in its language. */
export interface AgreementPdfLabels {
  colon: string;
  title: (kind: ImmersionKind) => string;
  kinds: Record<ImmersionKind, string>;
  parties: string;
  person: string;
  born: (date: string) => string;
  host: string;
  site: string;
  tutor: string;
  organization: string;
  counselor: string;
  terms: string;
  dates: (from: string, to: string) => string;
  plannedHours: (hours: number) => string;
  objectives: string;
  attendance: string;
  noMissedHours: string;
  missedOn: (date: string, hours: string) => string;
  missedTotal: (hours: string, planned: number) => string;
  assessment: string;
  outcomes: Record<ImmersionOutcome, string>;
  assessedOn: (date: string) => string;
  jobOffer: (contract: string) => string;
  noJobOffer: string;
  contractTypes: Partial<Record<ContractType, string>>;
  signatures: string;
  signatories: Record<Signatory, string>;
  signedOn: (name: string, when: string) => string;
  notSigned: string;
  printedOn: (date: string) => string;
}

export const agreementPdfFr: AgreementPdfLabels = {
  colon: ' :',
  title: (kind) =>
    kind === 'pmsmp'
      ? 'Convention de période de mise en situation en milieu professionnel (PMSMP)'
      : kind === 'internship'
        ? 'Convention de stage'
        : "Convention d'immersion (observation en entreprise)",
  kinds: { pmsmp: 'PMSMP', internship: 'Stage', job_shadowing: 'Observation en entreprise' },
  parties: 'Les parties',
  person: 'Bénéficiaire',
  born: (date) => `né·e le ${date}`,
  host: "Structure d'accueil",
  site: 'Lieu',
  tutor: 'Tuteur ou tutrice',
  organization: 'Structure prescriptrice',
  counselor: 'Conseiller ou conseillère',
  terms: "Conditions de l'immersion",
  dates: (from, to) => `Du ${from} au ${to}`,
  plannedHours: (hours) => `Durée prévue : ${hours} heure${hours > 1 ? 's' : ''}`,
  objectives: 'Objectifs',
  attendance: 'Assiduité',
  noMissedHours: "Aucune heure d'absence enregistrée.",
  missedOn: (date, hours) => `${date} : ${hours} h d'absence`,
  missedTotal: (hours, planned) => `Total : ${hours} h d'absence sur ${planned} h prévues`,
  assessment: "Bilan de fin d'immersion",
  outcomes: {
    completed: 'Immersion réalisée',
    partially_completed: "Immersion partiellement réalisée (heures d'absence)",
    did_not_show: "Le ou la bénéficiaire ne s'est pas présenté·e",
  },
  assessedOn: (date) => `Bilan du ${date}`,
  jobOffer: (contract) => `L'immersion a débouché sur une proposition d'embauche : ${contract}`,
  noJobOffer: "L'immersion n'a pas débouché sur une proposition d'embauche.",
  contractTypes: {
    cdi: 'CDI',
    cdd: 'CDD',
    siae_insertion: "contrat d'insertion (SIAE)",
    interim: 'intérim',
    apprenticeship: 'apprentissage',
    seasonal: 'contrat saisonnier',
    subsidised: 'contrat aidé',
    permanent: 'emploi permanent',
    temporary: 'emploi temporaire',
    internship: 'stage',
  },
  signatures: 'Signatures',
  signatories: {
    person: 'Le ou la bénéficiaire',
    employer: "L'employeur d'accueil",
    tutor: 'Le tuteur ou la tutrice',
    counselor: 'La structure prescriptrice',
  },
  signedOn: (name, when) => `${name}, signé le ${when}`,
  notSigned: 'Signature : ________________________________    Date : ____________',
  printedOn: (date) => `Édité le ${date}`,
};

export const agreementPdfEn: AgreementPdfLabels = {
  colon: ':',
  title: (kind) =>
    kind === 'pmsmp'
      ? 'Work-experience placement agreement (PMSMP)'
      : kind === 'internship'
        ? 'Internship agreement'
        : 'Job shadowing agreement',
  kinds: { pmsmp: 'PMSMP', internship: 'Internship', job_shadowing: 'Job shadowing' },
  parties: 'The parties',
  person: 'Participant',
  born: (date) => `born ${date}`,
  host: 'Host employer',
  site: 'Place',
  tutor: 'Tutor',
  organization: 'Referring organization',
  counselor: 'Counselor',
  terms: 'Terms of the immersion',
  dates: (from, to) => `From ${from} to ${to}`,
  plannedHours: (hours) => `Planned: ${hours} hour${hours > 1 ? 's' : ''}`,
  objectives: 'Objectives',
  attendance: 'Attendance',
  noMissedHours: 'No missed hours recorded.',
  missedOn: (date, hours) => `${date}: ${hours} h missed`,
  missedTotal: (hours, planned) => `Total: ${hours} h missed of ${planned} h planned`,
  assessment: 'End-of-immersion assessment',
  outcomes: {
    completed: 'Immersion completed',
    partially_completed: 'Immersion partially completed (missed hours)',
    did_not_show: 'The participant did not show',
  },
  assessedOn: (date) => `Assessed on ${date}`,
  jobOffer: (contract) => `The immersion ended with a job offer: ${contract}`,
  noJobOffer: 'The immersion did not end with a job offer.',
  contractTypes: {
    cdi: 'permanent contract (CDI)',
    cdd: 'fixed-term contract (CDD)',
    siae_insertion: 'insertion contract (SIAE)',
    interim: 'temporary agency work',
    apprenticeship: 'apprenticeship',
    seasonal: 'seasonal job',
    subsidised: 'subsidised contract',
    permanent: 'permanent job',
    temporary: 'temporary job',
    internship: 'internship',
  },
  signatures: 'Signatures',
  signatories: {
    person: 'The participant',
    employer: 'The host employer',
    tutor: 'The tutor',
    counselor: 'The referring organization',
  },
  signedOn: (name, when) => `${name}, signed on ${when}`,
  notSigned: 'Signature: ________________________________    Date: ____________',
  printedOn: (date) => `Printed on ${date}`,
};
