import { defineError } from '../../core/errors.js';

export const regionErrors = {
  regionNotFound: defineError('REGION_NOT_FOUND', 'not_found', {
    en: 'This region is not known: choose one of the regions of the list.',
    fr: "Cette région n'est pas connue : choisissez une des régions de la liste.",
  }),
  notCoordinator: defineError('REGION_COVERAGE_NOT_COORDINATOR', 'not_found', {
    en: 'This consortium does not exist or your organization does not coordinate it: only its coordinating organization says which partner covers which region.',
    fr: "Ce consortium n'existe pas ou votre structure ne le coordonne pas : seule sa structure coordinatrice indique quel partenaire couvre quelle région.",
  }),
  partnerNotMember: defineError('REGION_PARTNER_NOT_MEMBER', 'bad_request', {
    en: 'This organization is not a member of the consortium: add it to the consortium first.',
    fr: "Cette structure n'est pas membre du consortium : ajoutez-la d'abord au consortium.",
  }),
  coverageNotFound: defineError('REGION_COVERAGE_NOT_FOUND', 'not_found', {
    en: 'This organization is not recorded as covering this region.',
    fr: "Cette structure n'est pas enregistrée comme couvrant cette région.",
  }),
  personNotFound: defineError('PERSON_NOT_FOUND', 'not_found', {
    en: 'This person does not exist or is not followed by your organization.',
    fr: "Cette personne n'existe pas ou n'est pas suivie par votre structure.",
  }),
  stayNotFound: defineError('STAY_NOT_FOUND', 'not_found', {
    en: 'This stay does not exist, or your organization neither follows the household nor covers its region.',
    fr: "Ce séjour n'existe pas, ou votre structure ne suit pas le ménage et ne couvre pas sa région.",
  }),
  notMainContact: defineError('STAY_NOT_MAIN_CONTACT', 'bad_request', {
    en: 'A stay is recorded on the file of the household’s main contact: open their file to plan it.',
    fr: 'Un séjour s’enregistre dans le dossier de la personne de contact du ménage : ouvrez son dossier pour le planifier.',
  }),
  datesEndBeforeStart: defineError('STAY_ENDS_BEFORE_START', 'bad_request', {
    en: 'The last day of the stay is before its first day.',
    fr: 'Le dernier jour du séjour est avant son premier jour.',
  }),
  datesTooLong: defineError<{ max: number }>('STAY_TOO_LONG', 'bad_request', {
    en: 'An exploratory stay lasts {max} days at most, first and last days included.',
    fr: 'Un séjour exploratoire dure {max} jours au plus, premier et dernier jours compris.',
  }),
  hostNotCovering: defineError('STAY_HOST_NOT_COVERING_REGION', 'bad_request', {
    en: 'This organization is not a regional partner covering this region: choose one of the partners of the region.',
    fr: "Cette structure n'est pas un partenaire régional de cette région : choisissez un des partenaires de la région.",
  }),
  travellerNotInHousehold: defineError('STAY_TRAVELLER_NOT_IN_HOUSEHOLD', 'bad_request', {
    en: 'Someone chosen to travel is not a member of this person’s household: add them to the household first.',
    fr: 'Une personne choisie pour le voyage n’est pas membre du ménage de cette personne : ajoutez-la d’abord au ménage.',
  }),
  nobodyTravels: defineError('STAY_NOBODY_TRAVELS', 'bad_request', {
    en: 'Say who goes: at least one member of the household.',
    fr: 'Indiquez qui part : au moins un membre du ménage.',
  }),
  notAllowedNow: defineError('STAY_NOT_CHANGEABLE', 'conflict', {
    en: 'This stay can no longer be changed this way: it is done or cancelled.',
    fr: 'Ce séjour ne peut plus être modifié ainsi : il est terminé ou annulé.',
  }),
  ownerOnly: defineError('STAY_OWNER_ONLY', 'forbidden', {
    en: 'Only the organization that follows the household does this; the host partner may add to the programme and write its observations.',
    fr: 'Seule la structure qui suit le ménage peut le faire ; le partenaire d’accueil peut compléter le programme et écrire ses observations.',
  }),
  hostOnly: defineError('STAY_HOST_ONLY', 'forbidden', {
    en: 'Only the host partner writes its observations on the stay.',
    fr: 'Seul le partenaire d’accueil écrit ses observations sur le séjour.',
  }),
  itemOutsideStay: defineError('STAY_ITEM_OUTSIDE_DATES', 'bad_request', {
    en: 'This day is not one of the days of the stay.',
    fr: "Ce jour n'est pas un des jours du séjour.",
  }),
  itemsOutsideNewDates: defineError('STAY_PROGRAMME_OUTSIDE_DATES', 'conflict', {
    en: 'Some of the programme falls outside the new dates: move or remove those visits first.',
    fr: 'Une partie du programme tombe en dehors des nouvelles dates : déplacez ou retirez d’abord ces visites.',
  }),
  employerNotFound: defineError('STAY_EMPLOYER_NOT_FOUND', 'bad_request', {
    en: 'This employer is not in your organization’s directory.',
    fr: "Cet employeur n'est pas dans le répertoire de votre structure.",
  }),
  itemNotFound: defineError('STAY_ITEM_NOT_FOUND', 'not_found', {
    en: 'This programme item or cost line does not exist on this stay, or your organization did not add it.',
    fr: "Cet élément du programme ou cette ligne de coût n'existe pas sur ce séjour, ou votre structure ne l'a pas ajouté.",
  }),
  reportBeforeStart: defineError('STAY_REPORT_BEFORE_START', 'conflict', {
    en: 'A stay is reported once it has begun.',
    fr: 'Le compte rendu d’un séjour s’écrit une fois le séjour commencé.',
  }),
  decidedOnMissing: defineError('STAY_DECIDED_ON_MISSING', 'bad_request', {
    en: 'Say on which day the household decided to move.',
    fr: 'Indiquez le jour où le ménage a décidé de déménager.',
  }),
  decidedOnBeforeStart: defineError('STAY_DECIDED_ON_BEFORE_START', 'bad_request', {
    en: 'The day decided cannot be before the stay began.',
    fr: 'Le jour de la décision ne peut pas précéder le début du séjour.',
  }),
};
