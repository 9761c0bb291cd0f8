/**
 * Immigration statuses as the programs we serve distinguish them. Dates that eligibility rules
 * need (the asylum application, the status decision) are stored beside the status.
 */
export const immigrationStatuses = [
  'refugee',
  'subsidiary_protection',
  'asylum_seeker',
  'csq_holder_abroad',
  'permanent_resident',
  'work_permit',
  'naturalized_citizen',
  'other',
  // United States (appended: stored values never change meaning).
  'asylee',
  'special_immigrant_visa',
  'parolee',
  'temporary_protected_status',
  // Canada: a person the IRB found in need of protection.
  'protected_person',
  // France: a titre de séjour other than international protection.
  'residence_permit',
] as const;
export type ImmigrationStatus = (typeof immigrationStatuses)[number];

/** France: "bénéficiaires de la protection internationale". */
export const internationalProtection: readonly ImmigrationStatus[] = ['refugee', 'subsidiary_protection'];

/**
 * The statuses a program's country distinguishes, in the order counselors there meet them: a US team
 * is not offered the Québec selection certificate or subsidiary protection, a French team not parole
 * or TPS. Permanent residence is the green card in the US. Any other country: every status.
 */
const statusesByCountry: Record<string, readonly ImmigrationStatus[]> = {
  US: [
    'refugee',
    'asylee',
    'asylum_seeker',
    'special_immigrant_visa',
    'parolee',
    'temporary_protected_status',
    'permanent_resident',
    'work_permit',
    'naturalized_citizen',
    'other',
  ],
  FR: [
    'refugee',
    'subsidiary_protection',
    'asylum_seeker',
    'residence_permit',
    'work_permit',
    'naturalized_citizen',
    'other',
  ],
  CA: [
    'permanent_resident',
    'protected_person',
    'refugee',
    'asylum_seeker',
    'csq_holder_abroad',
    'work_permit',
    'naturalized_citizen',
    'other',
  ],
};

/** The statuses offered in a country, keeping a status already recorded so that it still shows. */
export function statusesOfCountry(
  country: string | null | undefined,
  recorded?: ImmigrationStatus | null,
): readonly ImmigrationStatus[] {
  const offered = statusesByCountry[(country ?? '').toUpperCase()] ?? immigrationStatuses;
  return recorded && !offered.includes(recorded) ? [...offered, recorded] : offered;
}
