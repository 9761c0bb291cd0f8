import type { Messages } from './en.js';

/** Textes français d'un foyer de dossiers (dossier de la personne, section « Foyer »). */
export const householdsFr: Messages['households'] = {
  title: 'Foyer de dossiers',
  intro:
    'Des personnes suivies par votre structure qui vivent ensemble, chacune avec son propre dossier. Les programmes comptés en foyers les comptent une fois.',
  dependantsTitle: 'Personnes à charge sans dossier',
  none: 'Cette personne ne fait partie d’aucun foyer de dossiers.',
  since: 'Foyer depuis le {{date}}',
  caption: 'Membres du foyer',
  member: 'Membre',
  relation: 'Lien avec le contact principal',
  joinedOn: 'Arrivée le',
  mainContact: 'Contact principal',
  main: 'Contact principal',
  form: 'Former un foyer avec cette personne comme contact principal',
  formed: 'Foyer formé.',
  addTitle: 'Ajouter une personne au foyer',
  person: 'Personne',
  personHint: 'Un dossier de votre structure, dans aucun autre foyer. Tapez au moins deux lettres d’un nom.',
  add: 'Ajouter au foyer',
  added: '{{name}} a rejoint le foyer.',
  remove: 'Retirer du foyer',
  removed: '{{name}} a quitté le foyer.',
  makeMain: 'Désigner comme contact principal',
  mainChanged: '{{name}} est désormais le contact principal.',
  mainCannotLeave:
    'Le contact principal quitte le foyer en dernier : désignez d’abord un autre contact principal.',
  formerTitle: 'Anciens membres',
  leftOn: 'Parti le {{date}}',
  openFile: 'Ouvrir le dossier de {{name}}',
  you: 'ce dossier',
};

/** Libellés des événements qu'un foyer publie sur le fil de chaque membre (ils ne nomment personne). */
export const householdsTimelineKindsFr = {
  household_formed: 'Foyer formé, avec cette personne comme contact principal',
  household_joined: 'A rejoint un foyer',
  household_member_joined: 'Une personne a rejoint le foyer',
  household_left: 'A quitté le foyer',
  household_member_left: 'Une personne a quitté le foyer',
  household_main_contact_changed: 'Le contact principal du foyer a changé',
};
