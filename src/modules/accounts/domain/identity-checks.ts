/** How a colleague who lost their authenticator app was recognized before it was removed (ASVS 6.4.4). */
export const identityChecks = ['in_person', 'video_call', 'call_back_known_number'] as const;
export type IdentityCheck = (typeof identityChecks)[number];
