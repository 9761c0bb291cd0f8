export interface ConsentRecord {
  purpose: string;
  partnerOrganizationIds: readonly string[];
  givenOn: string;
  expiresOn: string | null;
  revokedOn: string | null;
}

/** In force on a date: given on or before it, not revoked on or before it, not expired before it. */
export function isConsentInForce(consent: ConsentRecord, onDate: string): boolean {
  if (consent.givenOn > onDate) return false;
  if (consent.revokedOn !== null && consent.revokedOn <= onDate) return false;
  if (consent.expiresOn !== null && consent.expiresOn < onDate) return false;
  return true;
}

/** Whether some consent in force covers this purpose for this partner (an empty partner list covers none). */
export function consentCovers(
  consents: readonly ConsentRecord[],
  purpose: string,
  partnerOrganizationId: string | null,
  onDate: string,
): boolean {
  return consents.some(
    (c) =>
      c.purpose === purpose &&
      isConsentInForce(c, onDate) &&
      (partnerOrganizationId === null || c.partnerOrganizationIds.includes(partnerOrganizationId)),
  );
}
