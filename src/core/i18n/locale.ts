export const locales = ['fr', 'en', 'ar'] as const;
export type Locale = (typeof locales)[number];
/** Staff screens exist in French and English; Arabic is offered where beneficiaries read. */
export const defaultLocale: Locale = 'fr';

export type Translated = { fr: string; en: string; ar?: string };

export function pickLocale(acceptLanguage: string | undefined, preferred?: string | null): Locale {
  if (preferred && (locales as readonly string[]).includes(preferred)) return preferred as Locale;
  if (!acceptLanguage) return defaultLocale;
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { lang: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  const hit = ranked.find((r) => (locales as readonly string[]).includes(r.lang));
  return (hit?.lang as Locale | undefined) ?? defaultLocale;
}

export function translate(
  text: Translated,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  const template = text[locale] ?? text.en;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}
