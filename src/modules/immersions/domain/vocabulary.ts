import { followUpRoles, type Role } from '../../../core/auth/roles.js';

/**
 * An immersion's kinds: France's PMSMP (période de mise en situation en milieu professionnel), an
 * internship, and job shadowing (a day or a few alongside a worker, the usual form in North America).
 */
export const immersionKinds = ['pmsmp', 'internship', 'job_shadowing'] as const;
export type ImmersionKind = (typeof immersionKinds)[number];

/** Who signs the agreement: the person, the host employer, the tutor and the organization's counselor. */
export const signatories = ['person', 'employer', 'tutor', 'counselor'] as const;
export type Signatory = (typeof signatories)[number];

/** How the immersion ended (Immersion Facilitée's end-of-immersion assessment). */
export const immersionOutcomes = ['completed', 'partially_completed', 'did_not_show'] as const;
export type ImmersionOutcome = (typeof immersionOutcomes)[number];

/** The languages the agreement is printed in. */
export const agreementLanguages = ['fr', 'en'] as const;
export type AgreementLanguage = (typeof agreementLanguages)[number];

/** Staff who follow people's files (as for plans and appointments): funders and administrators never see one. */
export const immersionRoles: readonly Role[] = followUpRoles;
