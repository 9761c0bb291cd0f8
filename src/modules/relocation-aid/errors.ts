import { defineError } from '../../core/errors.js';

export const aidErrors = {
  programNotFound: defineError('AID_PROGRAM_NOT_FOUND', 'not_found', {
    en: 'This program does not exist or your organization does not take part in it.',
    fr: "Ce programme n'existe pas ou votre structure n'y participe pas.",
  }),
  personNotFound: defineError('PERSON_NOT_FOUND', 'not_found', {
    en: 'This person does not exist or is not followed by your organization.',
    fr: "Cette personne n'existe pas ou n'est pas suivie par votre structure.",
  }),
  requestNotFound: defineError('AID_REQUEST_NOT_FOUND', 'not_found', {
    en: 'This relocation aid request does not exist or your organization neither filed it nor decides it.',
    fr: "Cette demande d'aide à la mobilité n'existe pas ou votre structure ne l'a ni déposée ni ne la décide.",
  }),
  budgetNotFound: defineError('AID_BUDGET_NOT_FOUND', 'not_found', {
    en: 'There is no relocation aid budget for this program and year yet. Record a first allocation to open it.',
    fr: "Il n'y a pas encore de budget d'aide à la mobilité pour ce programme et cette année. Enregistrez une première dotation pour l'ouvrir.",
  }),
  noRules: defineError('AID_NO_RULES', 'conflict', {
    en: 'The program has no relocation aid rules in force on the day this request was filed. Its owner must set them first.',
    fr: "Le programme n'a pas de règles d'aide à la mobilité en vigueur le jour du dépôt de cette demande. Son organisme responsable doit d'abord les fixer.",
  }),
  ruleBackdated: defineError('AID_RULES_BACKDATED', 'bad_request', {
    en: 'A new version of the rules applies from today or a later day, after the latest version: past decisions stay as they were decided.',
    fr: "Une nouvelle version des règles s'applique à partir d'aujourd'hui ou d'un jour ultérieur, après la dernière version : les décisions passées restent telles qu'elles ont été prises.",
  }),
  kindOfOtherPurpose: defineError('AID_COST_KIND_MISMATCH', 'bad_request', {
    en: 'A cost of this request belongs to the other purpose (a trip cost on a move, or a move cost on a trip). Move it to a request of its purpose.',
    fr: "Un coût de cette demande relève de l'autre objet (un coût de séjour sur un déménagement, ou l'inverse). Déposez-le dans une demande de son objet.",
  }),
  receiptNotOfPerson: defineError('AID_RECEIPT_NOT_FOUND', 'bad_request', {
    en: 'A receipt is not a document of this person’s file. Upload it to the file first, then choose it.',
    fr: "Un justificatif n'est pas un document du dossier de cette personne. Déposez-le d'abord dans le dossier, puis choisissez-le.",
  }),
  travellerNotInHousehold: defineError('AID_TRAVELLER_NOT_IN_HOUSEHOLD', 'bad_request', {
    en: 'A person named as taking part is not a current member of this person’s household. Add them to the household first.',
    fr: "Une personne indiquée comme participante n'est pas membre actuel du ménage de cette personne. Ajoutez-la d'abord au ménage.",
  }),
  stayNotOfPerson: defineError('AID_STAY_NOT_FOUND', 'bad_request', {
    en: 'This exploratory stay is not a stay of this person’s file. Choose one of their stays, or leave it empty.',
    fr: "Ce séjour exploratoire n'est pas un séjour du dossier de cette personne. Choisissez un de ses séjours, ou laissez vide.",
  }),
  regionUnknown: defineError('AID_REGION_UNKNOWN', 'bad_request', {
    en: 'This region is not a known region of the country. Choose one from the list.',
    fr: "Cette région n'est pas une région connue du pays. Choisissez-en une dans la liste.",
  }),
  notSubmitted: defineError('AID_REQUEST_ALREADY_DECIDED', 'conflict', {
    en: 'This request has already been decided or withdrawn: its decision is not changed.',
    fr: 'Cette demande a déjà été décidée ou retirée : sa décision ne change pas.',
  }),
  aboveAssessment: defineError('AID_APPROVAL_ABOVE_ASSESSMENT', 'bad_request', {
    en: 'An approved amount is above what the rules allow for its line, or the lines do not match the request. Approve each line at most at its assessed amount.',
    fr: 'Un montant accordé dépasse ce que les règles permettent pour sa ligne, ou les lignes ne correspondent pas à la demande. Accordez chaque ligne au plus au montant évalué.',
  }),
  nothingApproved: defineError('AID_NOTHING_APPROVED', 'bad_request', {
    en: 'Nothing would be paid: approve at least one cent, or refuse the request with a reason.',
    fr: 'Rien ne serait versé : accordez au moins un cent, ou refusez la demande avec un motif.',
  }),
  budgetExceeded: defineError<{ available: string }>('AID_BUDGET_EXCEEDED', 'conflict', {
    en: 'The budget of the year has {available} left for new approvals: approve less, record an allocation, or refuse the request.',
    fr: "Le budget de l'année n'a plus que {available} disponibles pour de nouvelles décisions : accordez moins, enregistrez une dotation, ou refusez la demande.",
  }),
  notApproved: defineError('AID_REQUEST_NOT_PAYABLE', 'conflict', {
    en: 'Only an approved request with an amount left to pay can be paid.',
    fr: 'Seule une demande accordée dont il reste un montant à verser peut être versée.',
  }),
  aboveRemainder: defineError<{ remainder: string }>('AID_PAYMENT_ABOVE_REMAINDER', 'bad_request', {
    en: 'This payment is above what is left to pay on the approval ({remainder}): pay at most that amount.',
    fr: "Ce versement dépasse ce qu'il reste à verser sur l'aide accordée ({remainder}) : versez au plus ce montant.",
  }),
  whichPayment: defineError('AID_PAYMENT_TO_REVERSE_REQUIRED', 'bad_request', {
    en: 'This request has several payments in force: choose the one to reverse.',
    fr: 'Cette demande a plusieurs versements en vigueur : choisissez celui à annuler.',
  }),
  approvalCancelled: defineError('AID_APPROVAL_CANCELLED', 'conflict', {
    en: 'The approval of this request was cancelled: its payments stay as they are.',
    fr: "L'aide accordée à cette demande a été annulée : ses versements restent tels quels.",
  }),
  notCancellable: defineError('AID_APPROVAL_NOT_CANCELLABLE', 'conflict', {
    en: 'Only an approval with an amount left to pay can be cancelled.',
    fr: 'Seule une aide accordée dont il reste un montant à verser peut être annulée.',
  }),
  notPaid: defineError('AID_PAYMENT_NOT_REVERSIBLE', 'conflict', {
    en: 'This request has no payment in force to reverse.',
    fr: "Cette demande n'a pas de versement en vigueur à annuler.",
  }),
  paymentBeforeDecision: defineError('AID_PAYMENT_BEFORE_DECISION', 'bad_request', {
    en: 'A payment is dated on or after the decision and not after today.',
    fr: 'Un versement est daté du jour de la décision ou après, et pas après aujourd’hui.',
  }),
  dayOutOfRange: defineError('AID_DAY_OUT_OF_RANGE', 'bad_request', {
    en: 'This day is not in the budget’s year, or it is after today.',
    fr: "Ce jour n'est pas dans l'année du budget, ou il est après aujourd'hui.",
  }),
  notWithdrawable: defineError('AID_REQUEST_NOT_WITHDRAWABLE', 'conflict', {
    en: 'Only a request waiting for its decision can be withdrawn.',
    fr: 'Seule une demande en attente de décision peut être retirée.',
  }),
};
