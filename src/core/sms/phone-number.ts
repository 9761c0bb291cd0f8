import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * The number a text can be sent to, in E.164 (`+33612345678`), or null: a number written in the
 * national way is read in the organization's country (`defaultCountry`, ISO 3166 alpha-2), one with
 * its `+` (or the country's international prefix) wherever it is from. Only a valid number that may be a mobile one is kept
 * (mobile, or fixed line or mobile where the numbering plan does not tell them apart, as in North
 * America); a landline, a short or malformed number is null, and nobody texts it.
 */
export function mobileNumberE164(raw: string | null | undefined, defaultCountry: string | null | undefined) {
  const written = raw?.trim();
  if (!written) return null;
  const country = defaultCountry?.toUpperCase();
  // The library reads the country's own international prefix too ("0044…" in France, "011 44…" in the US).
  const parsed = parsePhoneNumberFromString(
    written,
    country && isSupportedCountry(country) ? (country as CountryCode) : undefined,
  );
  if (!parsed?.isValid()) return null;
  const type = parsed.getType();
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' ? (parsed.number as string) : null;
}
