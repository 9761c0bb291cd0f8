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
] as const;
export type ImmigrationStatus = (typeof immigrationStatuses)[number];

/** France: "bénéficiaires de la protection internationale". */
export const internationalProtection: readonly ImmigrationStatus[] = ['refugee', 'subsidiary_protection'];
