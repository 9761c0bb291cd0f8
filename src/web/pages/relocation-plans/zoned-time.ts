import { formatDateTime } from '../../format.js';
import { currentLanguage } from '../../i18n/index.js';

/** A time as the person abroad reads it, in their zone; the organization's reading when the zone is unknown. */
export function inZone(iso: string, zone: string | null | undefined): string {
  if (!zone) return formatDateTime(iso);
  try {
    return new Intl.DateTimeFormat(currentLanguage(), {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: zone,
    }).format(new Date(iso));
  } catch {
    return formatDateTime(iso);
  }
}
