import { defineError } from '../../core/errors.js';
import type { MoveProblem } from './domain/move-rules.js';

export const moveErrors = {
  personNotFound: defineError('PERSON_NOT_FOUND', 'not_found', {
    en: 'This person does not exist or is not followed by your organization.',
    fr: "Cette personne n'existe pas ou n'est pas suivie par votre structure.",
  }),
  moveNotFound: defineError('MOVE_NOT_FOUND', 'not_found', {
    en: 'This move does not exist or was not recorded by your organization.',
    fr: "Ce déménagement n'existe pas ou n'a pas été enregistré par votre structure.",
  }),
  programNotFound: defineError('PROGRAM_NOT_FOUND', 'not_found', {
    en: 'This program does not exist or your organization does not take part in it.',
    fr: "Ce programme n'existe pas ou votre structure n'y participe pas.",
  }),
  placeUnknown: defineError('MOVE_PLACE_UNKNOWN', 'bad_request', {
    en: 'This municipality is not in the reference list: choose it from the search.',
    fr: "Cette municipalité n'est pas dans la liste de référence : choisissez-la dans la recherche.",
  }),
  enrolmentNotOpen: defineError('MOVE_ENROLMENT_NOT_OPEN', 'bad_request', {
    en: 'This enrolment is not an open enrolment of this person in your organization.',
    fr: "Cette inscription n'est pas une inscription en cours de cette personne dans votre structure.",
  }),
  receiverUnknown: defineError('MOVE_RECEIVER_UNKNOWN', 'bad_request', {
    en: 'Choose another organization on the platform to take over: not your own.',
    fr: 'Choisissez une autre structure de la plateforme pour prendre le relais, pas la vôtre.',
  }),
  inFuture: defineError('MOVE_IN_FUTURE', 'bad_request', {
    en: 'A move is recorded once it happened: a planned arrival belongs in the regionalization plan.',
    fr: "Un déménagement s'enregistre une fois fait : une arrivée prévue se note dans le plan de régionalisation.",
  }),
  beforeEnrolment: defineError('MOVE_BEFORE_ENROLMENT', 'bad_request', {
    en: 'The move is dated before the enrolment it ends: check the date or the enrolment.',
    fr: "Le déménagement est daté d'avant l'inscription qu'il clôt : vérifiez la date ou l'inscription.",
  }),
  memberNotInHousehold: defineError('MOVE_MEMBER_NOT_IN_HOUSEHOLD', 'bad_request', {
    en: 'A person named is not a member of this household: add them to the household first, or count them as a dependant.',
    fr: "Une personne nommée n'est pas membre de ce foyer : ajoutez-la d'abord au foyer, ou comptez-la comme personne à charge.",
  }),
  alreadyCancelled: defineError('MOVE_ALREADY_CANCELLED', 'conflict', {
    en: 'This move has already been cancelled.',
    fr: 'Ce déménagement a déjà été annulé.',
  }),
};

/** The first problem of a move as its error (the form checks the others the same way). */
export function moveProblemError(problem: MoveProblem) {
  switch (problem) {
    case 'in_future':
      return moveErrors.inFuture();
    case 'before_enrolment':
      return moveErrors.beforeEnrolment();
    case 'member_not_in_household':
      return moveErrors.memberNotInHousehold();
  }
}
