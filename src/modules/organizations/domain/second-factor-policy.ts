/**
 * Who must log in with a second factor in an organization (ASVS 6.3.2 asks it of all staff at level 2).
 * Installations are created with 'all_staff'; the demo and organizations that existed before
 * migration 0030 keep 'administrators'. An organization changes it on the staff page.
 */
export const secondFactorPolicies = ['administrators', 'all_staff'] as const;
export type SecondFactorPolicy = (typeof secondFactorPolicies)[number];

export function secondFactorRequired(policy: SecondFactorPolicy, role: string): boolean {
  return policy === 'all_staff' || role === 'administrator';
}
