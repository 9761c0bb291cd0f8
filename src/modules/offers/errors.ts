import { defineError } from '../../core/errors.js';

export const offerErrors = {
  offerNotFound: defineError('OFFER_NOT_FOUND', 'not_found', {
    en: 'This job offer does not exist or is not your organization’s.',
    fr: "Cette offre d'emploi n'existe pas ou n'appartient pas à votre structure.",
  }),
  employerNotFound: defineError('EMPLOYER_NOT_FOUND', 'not_found', {
    en: 'This employer is not in your organization’s directory. Add it first.',
    fr: "Cet employeur n'est pas dans l'annuaire de votre structure. Ajoutez-le d'abord.",
  }),
  siteNotOfEmployer: defineError('OFFER_SITE_NOT_OF_EMPLOYER', 'bad_request', {
    en: 'This site is not one of the employer’s current sites. Choose one of its sites or give the town.',
    fr: "Ce site n'est pas un site actuel de l'employeur. Choisissez l'un de ses sites ou indiquez la commune.",
  }),
  placeNotFound: defineError<{ reason: string }>('OFFER_PLACE_NOT_FOUND', 'bad_request', {
    en: 'This town or postal code was not found in the country. Check the spelling or give the postal code.',
    fr: "Cette commune ou ce code postal est introuvable dans le pays. Vérifiez l'orthographe ou indiquez le code postal.",
  }),
  placeAmbiguous: defineError<{ candidates: string }>('OFFER_PLACE_AMBIGUOUS', 'bad_request', {
    en: 'Several towns bear this name ({candidates}). Give the postal code.',
    fr: 'Plusieurs communes portent ce nom ({candidates}). Indiquez le code postal.',
  }),
  occupationUnknown: defineError('OFFER_OCCUPATION_UNKNOWN', 'bad_request', {
    en: 'This occupation is not in the ESCO classification. Search for it by name.',
    fr: "Ce métier n'est pas dans la classification ESCO. Cherchez-le par son nom.",
  }),
  incoherent: defineError<{ code: string }>('OFFER_INCOHERENT', 'bad_request', {
    en: 'Some terms of the offer do not fit together (see each field): a contract of the employer’s country, a length for fixed-term contracts only, 1 to 60 hours a week, a pay range with its period, a level that exists on its scale.',
    fr: "Certaines conditions de l'offre ne vont pas ensemble (voir chaque champ) : un contrat du pays de l'employeur, une durée pour les seuls contrats à durée déterminée, 1 à 60 heures par semaine, une fourchette de salaire avec sa période, un niveau qui existe sur son échelle.",
  }),
  sameStatus: defineError('OFFER_SAME_STATUS', 'conflict', {
    en: 'The offer already has this status.',
    fr: "L'offre a déjà ce statut.",
  }),
  closingDatePassed: defineError('OFFER_CLOSING_DATE_PASSED', 'conflict', {
    en: 'The offer’s closing date has passed: change the closing date to reopen it.',
    fr: "La date de clôture de l'offre est passée : modifiez-la pour rouvrir l'offre.",
  }),
  sourceReferenceTaken: defineError('OFFER_SOURCE_REFERENCE_TAKEN', 'conflict', {
    en: 'An offer with this reference from the same source is already recorded.',
    fr: 'Une offre portant cette référence et venant de la même source est déjà enregistrée.',
  }),
  importMediaType: defineError('OFFER_IMPORT_MEDIA_TYPE', 'bad_request', {
    en: 'Send a CSV file (text/csv) or an Excel workbook (.xlsx).',
    fr: 'Envoyez un fichier CSV (text/csv) ou un classeur Excel (.xlsx).',
  }),
  importTooLarge: defineError<{ maxMiB: number }>('OFFER_IMPORT_TOO_LARGE', 'payload_too_large', {
    en: 'This file is larger than {maxMiB} MiB. Split it into several files.',
    fr: 'Ce fichier dépasse {maxMiB} Mio. Découpez-le en plusieurs fichiers.',
  }),
  importUnreadable: defineError<{ format: string }>('OFFER_IMPORT_UNREADABLE', 'bad_request', {
    en: 'This file cannot be read as {format}. Save it again as CSV (UTF-8) or as an Excel workbook (.xlsx).',
    fr: 'Ce fichier ne se lit pas comme un {format}. Enregistrez-le à nouveau en CSV (UTF-8) ou en classeur Excel (.xlsx).',
  }),
  importEmpty: defineError('OFFER_IMPORT_EMPTY', 'bad_request', {
    en: 'This file has no row under its header line.',
    fr: "Ce fichier n'a aucune ligne sous sa ligne d'en-tête.",
  }),
  importTooManyRows: defineError<{ max: number }>('OFFER_IMPORT_TOO_MANY_ROWS', 'bad_request', {
    en: 'This file has more than {max} rows. Split it into several files.',
    fr: 'Ce fichier a plus de {max} lignes. Découpez-le en plusieurs fichiers.',
  }),
  importMissingColumns: defineError<{ columns: string }>('OFFER_IMPORT_MISSING_COLUMNS', 'bad_request', {
    en: 'The header line lacks these columns: {columns}. Start from the template.',
    fr: "La ligne d'en-tête n'a pas ces colonnes : {columns}. Partez du modèle.",
  }),
  importDuplicateColumn: defineError<{ column: string }>('OFFER_IMPORT_DUPLICATE_COLUMN', 'bad_request', {
    en: 'The column {column} appears twice in the header line.',
    fr: "La colonne {column} figure deux fois dans la ligne d'en-tête.",
  }),
};
