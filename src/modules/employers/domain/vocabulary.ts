/**
 * The words of the employers directory (issue 12 and the employment design note), shared with the
 * offers, placements and immersions modules through `api.ts`. Each is translated in the web app.
 */

/** Head counts as INSEE and the US / Canadian statistics offices group them. */
export const sizeBands = ['0', '1-9', '10-49', '50-249', '250-999', '1000+'] as const;
export type SizeBand = (typeof sizeBands)[number];

/**
 * The five kinds of SIAE (structures d'insertion par l'activité économique): atelier et chantier
 * d'insertion, entreprise d'insertion, entreprise de travail temporaire d'insertion, association
 * intermédiaire, entreprise d'insertion par le travail indépendant. France only.
 */
export const siaeKinds = ['aci', 'ei', 'etti', 'ai', 'eiti'] as const;
export type SiaeKind = (typeof siaeKinds)[number];

/** What a contact does for the programs: who to call about a hire, an immersion or a partnership. */
export const contactRoles = ['hr', 'hiring_manager', 'executive', 'tutor', 'csr', 'other'] as const;
export type ContactRole = (typeof contactRoles)[number];

/** A pathway commitment ("opens a pathway in health care") or a hiring pledge (N hires over a period). */
export const commitmentKinds = ['pathway', 'hiring_pledge'] as const;
export type CommitmentKind = (typeof commitmentKinds)[number];

/** The fields a pathway or a pledge is about; the credential-recognition group's three come first. */
export const pathwayFields = [
  'health_care',
  'manufacturing',
  'hospitality',
  'construction',
  'engineering',
  'logistics',
  'retail',
  'information_technology',
  'agriculture',
  'cleaning',
  'education',
  'other',
] as const;
export type PathwayField = (typeof pathwayFields)[number];

/** The exchanges a program has with an employer, on the employer's own timeline. */
export const engagementKinds = ['call', 'visit', 'event', 'agreement', 'email'] as const;
export type EngagementKind = (typeof engagementKinds)[number];
