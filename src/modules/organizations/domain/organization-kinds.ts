/** The kinds of organizations that run or support the programs Passerelle serves. */
export const organizationKinds = [
  'mission_locale',
  'siae',
  'immigrant_services_ngo',
  'workforce_board',
  'city_office',
  'lender',
  'regional_partner',
  'employer',
  'training_provider',
  'public_agency',
  'funder',
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];
