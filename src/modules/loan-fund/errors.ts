import { defineError } from '../../core/errors.js';

export const loanFundErrors = {
  fundNotFound: defineError('LOAN_FUND_NOT_FOUND', 'not_found', {
    en: 'This loan fund does not exist or your organization does not take part in it.',
    fr: "Ce fonds de prêt n'existe pas ou votre structure n'y participe pas.",
  }),
  notAllowed: defineError('LOAN_FUND_ACTION_NOT_ALLOWED', 'forbidden', {
    en: 'Your role does not allow this in the loan fund. Ask a coordinator or a director of the fund.',
    fr: 'Votre rôle ne permet pas cette action dans le fonds de prêt. Adressez-vous à un coordinateur ou à un directeur du fonds.',
  }),
  productNotFound: defineError('LOAN_PRODUCT_NOT_FOUND', 'not_found', {
    en: 'This loan product does not exist in this fund, or it is no longer offered.',
    fr: "Ce produit de prêt n'existe pas dans ce fonds ou n'est plus proposé.",
  }),
  applicationNotFound: defineError('LOAN_APPLICATION_NOT_FOUND', 'not_found', {
    en: 'This loan application does not exist or is outside your organization.',
    fr: "Cette demande de prêt n'existe pas ou relève d'une autre structure.",
  }),
  loanNotFound: defineError('LOAN_NOT_FOUND', 'not_found', {
    en: 'This loan does not exist or is outside your organization.',
    fr: "Ce prêt n'existe pas ou relève d'une autre structure.",
  }),
  paymentNotFound: defineError('LOAN_PAYMENT_NOT_FOUND', 'not_found', {
    en: 'This payment does not exist on this loan.',
    fr: "Ce paiement n'existe pas sur ce prêt.",
  }),
  personNotFound: defineError('PERSON_NOT_FOUND', 'not_found', {
    en: 'This person does not exist or is not followed by your organization.',
    fr: "Cette personne n'existe pas ou n'est pas suivie par votre structure.",
  }),
  consentRequired: defineError<{ operator: string }>('CONSENT_REQUIRED', 'unprocessable', {
    en: 'The person has not agreed to share their file with {operator}, which runs the fund. Record their consent ("sharing with partners", naming {operator}) in the Consent tab, then file again.',
    fr: "La personne n'a pas accepté le partage de son dossier avec {operator}, qui gère le fonds. Enregistrez son consentement (« partage avec des partenaires », en désignant {operator}) dans l'onglet Consentement, puis déposez à nouveau la demande.",
  }),
  amountAboveProduct: defineError<{ max: string }>('LOAN_AMOUNT_ABOVE_MAXIMUM', 'unprocessable', {
    en: 'The amount is above what this product lends ({max}). Lower the costs or choose another product.',
    fr: 'Le montant dépasse ce que prête ce produit ({max}). Réduisez les frais ou choisissez un autre produit.',
  }),
  termAboveProduct: defineError<{ max: number }>('LOAN_TERM_ABOVE_MAXIMUM', 'unprocessable', {
    en: 'The term is longer than this product allows ({max} months).',
    fr: 'La durée dépasse ce que permet ce produit ({max} mois).',
  }),
  purposeNotCovered: defineError<{ purpose: string }>('LOAN_PURPOSE_NOT_COVERED', 'unprocessable', {
    en: 'This product does not pay for "{purpose}". Choose another product or remove that cost.',
    fr: 'Ce produit ne finance pas « {purpose} ». Choisissez un autre produit ou retirez ce frais.',
  }),
  applicationAlreadyDecided: defineError('LOAN_APPLICATION_ALREADY_DECIDED', 'conflict', {
    en: 'This application has already been decided. Reload the page to see the decision.',
    fr: 'Cette demande a déjà fait l’objet d’une décision. Rechargez la page pour la voir.',
  }),
  deciderFiledApplication: defineError('LOAN_DECIDER_IS_FILER', 'forbidden', {
    en: 'You filed this application, so someone else must decide it (four-eyes rule).',
    fr: 'Vous avez déposé cette demande : une autre personne doit la décider (règle des quatre yeux).',
  }),
  approvedAboveProduct: defineError<{ max: string }>('LOAN_APPROVED_ABOVE_MAXIMUM', 'unprocessable', {
    en: 'The approved amount is above what this product lends ({max}).',
    fr: 'Le montant accordé dépasse ce que prête ce produit ({max}).',
  }),
  disbursementAboveLoan: defineError<{ left: string }>('LOAN_DISBURSEMENT_ABOVE_PRINCIPAL', 'unprocessable', {
    en: 'This tranche is more than what is left to pay out on the loan ({left}).',
    fr: 'Cette tranche dépasse ce qui reste à verser sur le prêt ({left}).',
  }),
  insufficientFundCash: defineError<{ cash: string }>('LOAN_FUND_INSUFFICIENT_CASH', 'unprocessable', {
    en: 'The fund does not have enough cash for this ({cash} available on that date).',
    fr: "Le fonds n'a pas assez de trésorerie pour cela ({cash} disponibles à cette date).",
  }),
  loanNotActive: defineError('LOAN_NOT_ACTIVE', 'conflict', {
    en: 'This loan is not being repaid (not yet paid out, repaid or written off), so this action is not possible.',
    fr: "Ce prêt n'est pas en remboursement (pas encore versé, remboursé ou passé en perte) : cette action n'est pas possible.",
  }),
  loanClosed: defineError('LOAN_CLOSED', 'conflict', {
    en: 'This loan is closed (repaid or written off).',
    fr: 'Ce prêt est clos (remboursé ou passé en perte).',
  }),
  idempotencyKeyReused: defineError('IDEMPOTENCY_KEY_REUSED', 'conflict', {
    en: 'This payment key was already used for a different amount or date. Reload the page and record the payment again.',
    fr: 'Cette clé de paiement a déjà servi pour un autre montant ou une autre date. Rechargez la page et enregistrez à nouveau le paiement.',
  }),
  paymentAlreadyReversed: defineError('LOAN_PAYMENT_ALREADY_REVERSED', 'conflict', {
    en: 'This payment has already been reversed.',
    fr: 'Ce paiement a déjà été annulé.',
  }),
  paymentBeforeRestructuring: defineError('LOAN_PAYMENT_BEFORE_RESTRUCTURING', 'conflict', {
    en: 'This payment was made before the schedule was restructured or the loan written off; it can no longer be reversed. Record a correction with your accountant.',
    fr: "Ce paiement est antérieur à la restructuration de l'échéancier ou au passage en perte ; il ne peut plus être annulé. Enregistrez une correction avec votre comptable.",
  }),
  dateBeforeLastMovement: defineError<{ date: string }>('LOAN_DATE_BEFORE_LAST_MOVEMENT', 'unprocessable', {
    en: 'This date comes before the step of this loan it follows: steps are recorded in date order. The earliest date allowed is {date}.',
    fr: 'Cette date précède l’étape de ce prêt qu’elle suit : les étapes sont enregistrées dans l’ordre des dates. La date la plus ancienne possible est le {date}.',
  }),
  dateBeforeFundStart: defineError<{ date: string }>('LOAN_DATE_BEFORE_FUND_START', 'unprocessable', {
    en: 'This date is before the fund started. The earliest date allowed is {date}.',
    fr: 'Cette date est antérieure au début du fonds. La date la plus ancienne possible est le {date}.',
  }),
  dateInClosedPeriod: defineError<{ closedThrough: string; date: string }>(
    'LOAN_FUND_PERIOD_CLOSED',
    'unprocessable',
    {
      en: 'The fund’s books are closed through {closedThrough}: nothing may be dated on or before that day. The earliest date allowed is {date}.',
      fr: 'Les comptes du fonds sont clos jusqu’au {closedThrough} inclus : rien ne peut être daté de ce jour ou d’avant. La date la plus ancienne possible est le {date}.',
    },
  ),
  dateInFuture: defineError<{ date: string }>('LOAN_DATE_IN_FUTURE', 'unprocessable', {
    en: 'This date is in the future: record what has happened, on the day it happened. The latest date allowed is today, {date}.',
    fr: 'Cette date est dans le futur : enregistrez ce qui a eu lieu, à la date où cela a eu lieu. La date la plus récente possible est aujourd’hui, le {date}.',
  }),
  periodAlreadyClosed: defineError<{ date: string }>('LOAN_FUND_PERIOD_ALREADY_CLOSED', 'conflict', {
    en: 'The fund’s books are already closed through {date}. A closed period cannot be reopened: choose a later day.',
    fr: 'Les comptes du fonds sont déjà clos jusqu’au {date}. Une période close ne peut pas être rouverte : choisissez un jour plus tardif.',
  }),
  participantNotEligible: defineError('LOAN_FUND_PARTICIPANT_NOT_ELIGIBLE', 'unprocessable', {
    en: 'A fund can only name organizations that belong to a consortium with yours. Remove the organizations listed in the details, or ask the consortium’s coordinator to add them first.',
    fr: 'Un fonds ne peut associer que des structures membres d’un consortium avec la vôtre. Retirez les structures indiquées dans le détail, ou demandez d’abord au coordinateur du consortium de les ajouter.',
  }),
  productNameTaken: defineError<{ name: string }>('LOAN_PRODUCT_NAME_TAKEN', 'conflict', {
    en: 'This fund already has a product named "{name}". Choose another name.',
    fr: 'Ce fonds a déjà un produit nommé « {name} ». Choisissez un autre nom.',
  }),
  refundAboveCredit: defineError<{ credit: string }>('LOAN_REFUND_ABOVE_CREDIT', 'unprocessable', {
    en: 'The refund is more than the borrower’s credit ({credit}).',
    fr: 'Le remboursement dépasse le crédit de l’emprunteur ({credit}).',
  }),
  creditAlreadyRefunded: defineError('LOAN_CREDIT_ALREADY_REFUNDED', 'conflict', {
    en: 'Part of this payment was refunded to the borrower as a credit, so it cannot be reversed as a whole.',
    fr: "Une partie de ce paiement a été rendue à l'emprunteur comme trop-perçu : il ne peut pas être annulé en entier.",
  }),
  nothingToRestructure: defineError('LOAN_NOTHING_TO_RESTRUCTURE', 'conflict', {
    en: 'Nothing remains owed on this loan, so there is nothing to restructure.',
    fr: 'Plus rien n’est dû sur ce prêt : il n’y a rien à restructurer.',
  }),
};
