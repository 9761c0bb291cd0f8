/**
 * Repérage (outreach): how a person came to the organization's notice before any file exists. The
 * sources are those an enrolment records as its intake source, so a lead converted into an enrolment
 * keeps its source in the program's figures.
 */
export const leadSources = ['partner_referral', 'outreach_event', 'walk_in', 'web_form', 'other'] as const;
export type LeadSource = (typeof leadSources)[number];

/** Who signalled the person, when a partner did: kinds, so that figures compare like with like. */
export const partnerKinds = [
  /** CADA, HUDA, CPH: the housing of asylum seekers and refugees. */
  'asylum_housing',
  'association',
  /** France Travail, a workforce center, a job centre. */
  'employment_service',
  /** Préfecture, OFII, IRCC, a resettlement agency of the State. */
  'public_body',
  'school',
  'health_service',
  'other',
] as const;
export type PartnerKind = (typeof partnerKinds)[number];

/** How a lead ended: enrolled (a file and an enrolment exist), or why not. */
export const leadOutcomes = [
  'enrolled',
  'not_interested',
  'not_eligible',
  'unreachable',
  'referred_elsewhere',
] as const;
export type LeadOutcome = (typeof leadOutcomes)[number];
/** The outcomes staff record by closing a lead; "enrolled" comes from linking it to a file. */
export const closingOutcomes = leadOutcomes.filter((o) => o !== 'enrolled') as Exclude<
  LeadOutcome,
  'enrolled'
>[];

export const contactChannels = ['phone', 'sms', 'email', 'in_person', 'via_partner'] as const;
export type ContactChannel = (typeof contactChannels)[number];
