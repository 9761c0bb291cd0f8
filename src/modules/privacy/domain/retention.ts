/** What an organization keeps for a limited time, each with its own period (months). */
export const retentionPurposes = ['person_files', 'signup_requests', 'appointment_notes'] as const;
export type RetentionPurpose = (typeof retentionPurposes)[number];

/** The day `months` calendar months before `today` ('YYYY-MM-DD'), clamped to the month's last day. */
export function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * The pseudonym a file keeps once anonymized: meaningless, short enough to read aloud, and shaped like
 * a name ("ANON" and eight hex digits) so that every screen showing a given and a family name shows it.
 */
export function pseudonymOf(randomId: string): string {
  return `ANON ${randomId.replaceAll('-', '').slice(-8).toUpperCase()}`;
}
