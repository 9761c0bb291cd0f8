import { defineError } from '../../core/errors.js';

export const relocationPlanErrors = {
  personNotFound: defineError('PERSON_NOT_FOUND', 'not_found', {
    en: 'This person does not exist or is not followed by your organization.',
    fr: "Cette personne n'existe pas ou n'est pas suivie par votre structure.",
  }),
  notMainContact: defineError<{ name: string }>('RELOCATION_PLAN_NOT_MAIN_CONTACT', 'conflict', {
    en: 'This person lives in a household whose main contact is {name}: the household’s regionalization plan is kept on the main contact’s file. Open that file, or change the main contact first.',
    fr: 'Cette personne fait partie d’un ménage dont la personne de contact principale est {name} : le plan de régionalisation du ménage se tient dans son dossier. Ouvrez ce dossier, ou changez d’abord la personne de contact principale.',
  }),
  householdHasPlan: defineError('RELOCATION_PLAN_HOUSEHOLD_HAS_PLAN', 'conflict', {
    en: 'The household already has a regionalization plan on another member’s file. Revise that plan instead of starting a second one.',
    fr: 'Le ménage a déjà un plan de régionalisation dans le dossier d’un autre membre. Révisez ce plan plutôt que d’en commencer un second.',
  }),
  staleRevision: defineError<{ revision: number }>('RELOCATION_PLAN_CHANGED', 'conflict', {
    en: 'Someone saved this plan meanwhile (it is now at revision {revision}). Reload it, check their changes and save yours again.',
    fr: 'Quelqu’un a enregistré ce plan entre-temps (il en est à la révision {revision}). Rechargez-le, vérifiez ses modifications et enregistrez de nouveau les vôtres.',
  }),
  memberNotInHousehold: defineError('RELOCATION_PLAN_MEMBER_NOT_IN_HOUSEHOLD', 'bad_request', {
    en: 'Only current members of the person’s household can be named among those who move. Add them to the household first.',
    fr: 'Seuls les membres actuels du ménage de la personne peuvent être nommés parmi ceux qui déménagent. Ajoutez-les d’abord au ménage.',
  }),
  documentNotOfPerson: defineError('RELOCATION_PLAN_DOCUMENT_NOT_OF_PERSON', 'bad_request', {
    en: 'A document linked to the checklist must be a document of this person’s file. Choose one of their documents, or leave the link empty.',
    fr: 'Un document lié à la liste doit être un document du dossier de cette personne. Choisissez un de ses documents, ou laissez le lien vide.',
  }),
  placeUnknown: defineError('RELOCATION_PLAN_PLACE_UNKNOWN', 'bad_request', {
    en: 'The business’s municipality is not one the places reference knows. Choose it in the list of municipalities.',
    fr: 'La municipalité de l’entreprise n’est pas connue du référentiel des lieux. Choisissez-la dans la liste des municipalités.',
  }),
  neqInvalid: defineError('RELOCATION_PLAN_NEQ_INVALID', 'bad_request', {
    en: 'A Québec enterprise number (NEQ) has 10 digits and starts with 11, 22, 33 or 88. Check the number on the business’s registration.',
    fr: 'Un numéro d’entreprise du Québec (NEQ) compte 10 chiffres et commence par 11, 22, 33 ou 88. Vérifiez le numéro sur l’immatriculation de l’entreprise.',
  }),
  createdInFuture: defineError('RELOCATION_PLAN_BUSINESS_DATE_AHEAD', 'bad_request', {
    en: 'The business’s creation date is after today in your organization’s time zone. Record it once the business exists.',
    fr: 'La date de création de l’entreprise est postérieure à aujourd’hui dans le fuseau horaire de votre structure. Enregistrez-la une fois l’entreprise créée.',
  }),
};
