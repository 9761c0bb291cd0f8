import { defineError } from '../../core/errors.js';

export const handoffErrors = {
  programNotFound: defineError('HANDOFF_PROGRAM_NOT_FOUND', 'not_found', {
    en: 'This program does not exist or your organization does not take part in it.',
    fr: "Ce programme n'existe pas ou votre structure n'y participe pas.",
  }),
  handoffNotFound: defineError('HANDOFF_NOT_FOUND', 'not_found', {
    en: 'This hand-off does not exist or your organization neither sent nor received it.',
    fr: "Ce passage de relais n'existe pas ou votre structure ne l'a ni proposé ni reçu.",
  }),
  personNotFound: defineError('PERSON_NOT_FOUND', 'not_found', {
    en: 'This person does not exist or is not followed by your organization.',
    fr: "Cette personne n'existe pas ou n'est pas suivie par votre structure.",
  }),
  receiverUnknown: defineError('HANDOFF_RECEIVER_UNKNOWN', 'bad_request', {
    en: 'Choose another organization on the platform to take over: not your own.',
    fr: 'Choisissez une autre structure de la plateforme pour prendre le relais, pas la vôtre.',
  }),
  consentMissing: defineError<{ organization: string }>('HANDOFF_CONSENT_MISSING', 'conflict', {
    en: 'No consent in force lets {organization} know who this person is. Record their consent to share with it (covering at least their identity) in the file first.',
    fr: "Aucun consentement en vigueur ne permet à {organization} de savoir qui est cette personne. Enregistrez d'abord dans le dossier son consentement au partage avec cette structure (couvrant au moins son identité).",
  }),
  alreadyProposed: defineError('HANDOFF_ALREADY_PROPOSED', 'conflict', {
    en: 'A hand-off of this person is already waiting for an answer. Withdraw it before proposing another.',
    fr: 'Un passage de relais de cette personne attend déjà une réponse. Retirez-le avant d’en proposer un autre.',
  }),
  enrolmentNotOpen: defineError('HANDOFF_ENROLMENT_NOT_OPEN', 'bad_request', {
    en: 'This enrolment is not an open enrolment of this person in your organization.',
    fr: "Cette inscription n'est pas une inscription en cours de cette personne dans votre structure.",
  }),
  receiverNotInProgram: defineError<{ organization: string }>(
    'HANDOFF_RECEIVER_NOT_IN_PROGRAM',
    'bad_request',
    {
      en: '{organization} does not take part in this program: hand the person off without carrying the enrolment, or choose a member of the program.',
      fr: '{organization} ne participe pas à ce programme : passez le relais sans l’inscription, ou choisissez une structure membre du programme.',
    },
  ),
  alreadyDecided: defineError('HANDOFF_ALREADY_DECIDED', 'conflict', {
    en: 'This hand-off has already been accepted, declined or withdrawn: nothing more can be done with it.',
    fr: 'Ce passage de relais a déjà été accepté, refusé ou retiré : plus rien ne peut en être fait.',
  }),
  notYourSide: defineError('HANDOFF_NOT_YOUR_DECISION', 'conflict', {
    en: 'Only the organization that receives a hand-off accepts or declines it, and only the one that proposed it withdraws it.',
    fr: "Seule la structure qui reçoit un passage de relais l'accepte ou le refuse, et seule celle qui l'a proposé le retire.",
  }),
  existingFileNotFound: defineError('HANDOFF_EXISTING_FILE_NOT_FOUND', 'bad_request', {
    en: 'The file given as this person’s is not a file of your organization. Choose one of your files, or let a new one be opened.',
    fr: "Le dossier indiqué pour cette personne n'est pas un dossier de votre structure. Choisissez un de vos dossiers, ou laissez-en ouvrir un nouveau.",
  }),
  existingFileHasEnrolment: defineError('HANDOFF_EXISTING_FILE_ENROLLED', 'conflict', {
    en: 'Your file for this person already has an open enrolment in this program: the enrolment cannot be carried on twice. End or correct yours first.',
    fr: 'Votre dossier de cette personne a déjà une inscription en cours dans ce programme : elle ne peut pas être reprise deux fois. Clôturez ou corrigez d’abord la vôtre.',
  }),
  memberNotInHousehold: defineError('HANDOFF_MEMBER_NOT_IN_HOUSEHOLD', 'bad_request', {
    en: 'Only the other members of this person’s household, each with a file of your organization, can be handed over with them.',
    fr: 'Seuls les autres membres du foyer de cette personne, ayant chacun un dossier dans votre structure, peuvent passer le relais avec elle.',
  }),
  memberConsentMissing: defineError<{ name: string; organization: string }>(
    'HANDOFF_MEMBER_CONSENT_MISSING',
    'conflict',
    {
      en: 'No consent in force of {name} lets {organization} know who they are. Record their consent to share with it (covering at least their identity) in their file, or leave them out of the hand-off.',
      fr: "Aucun consentement en vigueur de {name} ne permet à {organization} de savoir qui est cette personne. Enregistrez son consentement au partage avec cette structure (couvrant au moins son identité) dans son dossier, ou ne l'incluez pas dans le passage de relais.",
    },
  ),
  memberAlreadyProposed: defineError<{ name: string }>('HANDOFF_MEMBER_ALREADY_PROPOSED', 'conflict', {
    en: 'A hand-off of {name} is already waiting for an answer. Withdraw it before proposing another.',
    fr: 'Un passage de relais de {name} attend déjà une réponse. Retirez-le avant d’en proposer un autre.',
  }),
  receiverHouseholdConflict: defineError('HANDOFF_RECEIVER_HOUSEHOLD_CONFLICT', 'conflict', {
    en: 'One of the files of this household in your organization is already in another household of yours. Take them out of it first: a person is in one household at a time.',
    fr: 'Un des dossiers de ce foyer dans votre structure fait déjà partie d’un autre de vos foyers. Retirez-l’en d’abord : une personne n’est que d’un foyer à la fois.',
  }),
};
