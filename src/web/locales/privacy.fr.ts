import type { privacyEn } from './privacy.en.js';

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** Textes français des droits de la personne (export, limitation, anonymisation) et de la page protection des données. */
export const privacyFr: Texts<typeof privacyEn> = {
  tab: 'Données personnelles',
  anonymizedTitle: 'Dossier anonymisé',
  anonymizedText:
    'Ce dossier a été anonymisé le {{date}}. Il est désormais désigné par {{pseudonym}} ; ses chiffres restent comptés.',
  restrictedTitle: 'Traitement limité',
  restrictedText:
    'Depuis le {{date}}, à la demande de la personne : le dossier se consulte, rien n’y est modifiable et la personne sort des listes du portefeuille.',
  reasonGiven: 'Motif :',
  rectificationTitle: 'Corriger le dossier',
  rectificationText:
    'Pour corriger ce que contient le dossier (droit de rectification), modifiez-le dans ses onglets : chaque modification est tracée.',
  exportTitle: 'Exporter tout ce qui est détenu sur la personne',
  exportText:
    'Une copie de tout ce que votre structure détient sur cette personne, à lui remettre (droit d’accès et à la portabilité). Votre mot de passe est redemandé d’abord ; chaque export est tracé.',
  exportLanguage: 'Langue du PDF',
  french: 'Français',
  english: 'Anglais',
  exportJson: 'Télécharger les données (JSON)',
  exportPdf: 'Télécharger une copie lisible (PDF)',
  restrictionTitle: 'Limiter le traitement',
  restrictionText:
    'Pendant que la personne conteste ses données ou s’oppose, son dossier est gelé : il reste consultable, aucune modification n’est acceptée et elle sort des listes du portefeuille jusqu’à la levée.',
  restrictionReason: 'Motif de la limitation',
  restrictionReasonHelp: 'Par exemple : « Conteste les dates de sa formation ». Conservé avec la limitation.',
  restrict: 'Limiter le traitement',
  restricted: 'Traitement limité. Le dossier est gelé.',
  lift: 'Lever la limitation',
  lifted: 'Limitation levée. Le dossier peut de nouveau être modifié.',
  anonymizeTitle: 'Anonymiser (droit à l’effacement)',
  anonymizeText:
    'Supprime définitivement tout ce qui identifie la personne. Les chiffres des programmes, les présences et les comptes du fonds de prêts restent exactement les mêmes.',
  anonymize: 'Anonymiser…',
  confirmTitle: 'Anonymiser cette personne ?',
  confirmRemoved: 'Ce qui est supprimé, partout :',
  removedNames:
    'Les noms dans les deux écritures, la date de naissance exacte (l’année reste), la nationalité et le statut',
  removedContacts: 'Téléphone, courriel, adresse et ville',
  removedTexts: 'Les textes libres : notes, motifs, lieux des rendez-vous, détails du fil',
  removedDocuments: 'Les fichiers de tous les documents',
  confirmKept: 'Ce qui reste, sous un pseudonyme :',
  keptFigures:
    'Inscriptions, parcours, rendez-vous, notes (sans texte) et présences : chaque chiffre reste le même',
  keptLoans: 'Les prêts, paiements et le journal du fonds, sans le nom de l’emprunteur',
  irreversible: 'C’est irréversible. Plus personne ne retrouvera cette personne par son nom.',
  anonymizeReason: 'Motif de l’anonymisation',
  anonymizeReasonHelp:
    'Au moins 10 caractères, par exemple « Demande d’effacement du 3 décembre ». Conservé avec le dossier.',
  understood: 'Je comprends que c’est irréversible',
  cancel: 'Annuler',
  confirmAnonymize: 'Anonymiser définitivement',
  anonymizedDone: 'Le dossier est anonymisé. Il est désormais désigné par {{pseudonym}}.',
  settingsTitle: 'Protection des données',
  settingsIntro:
    'Combien de temps votre structure conserve les données personnelles, et son registre des activités de traitement.',
  retentionTitle: 'Durées de conservation',
  retentionText:
    'Chaque nuit, ce qui a dépassé sa durée est anonymisé automatiquement (une personne dont le traitement est limité est conservée). Laissez une durée vide pour conserver jusqu’à votre décision.',
  purpose: {
    person_files: 'Dossiers des personnes qui ne sont plus suivies',
    signup_requests: 'Demandes d’inscription jamais acceptées',
    appointment_notes: 'Notes et rendez-vous clos',
  },
  purposeHelp: {
    person_files:
      'À compter de la fin de la dernière inscription (ou de l’ouverture du dossier sans inscription).',
    signup_requests:
      'Demandes de la porte d’entrée publique, en attente ou refusées, à compter de la demande.',
    appointment_notes:
      'Le texte des notes et des rendez-vous tenus, manqués ou annulés, à compter de leur date.',
  },
  months: 'mois',
  notSet: 'Non fixée',
  saveRetention: 'Enregistrer les durées',
  retentionSaved: 'Durées de conservation enregistrées.',
  retentionReadOnly: 'Seuls les directions et les administrateurs modifient les durées.',
  registerTitle: 'Registre des activités de traitement',
  registerLanguage: 'Langue du registre',
  registerPdf: 'Télécharger le registre (PDF)',
  registerFor: '{{organization}}, établi le {{date}}.',
  partners: 'Partenaires du consortium :',
  noPartner: 'aucun',
  registerCaption: 'Activités de traitement, avec leurs données, personnes, destinataires et durées',
  column: {
    activity: 'Activité, finalité et base légale',
    legalBasis: 'Base légale',
    data: 'Catégories de données',
    people: 'Catégories de personnes',
    recipients: 'Destinataires',
    retention: 'Conservation',
  },
  retentionMonths_one: '{{count}} mois, puis anonymisation',
  retentionMonths_other: '{{count}} mois, puis anonymisation',
  securityMeasures: 'Mesures de sécurité',
};
