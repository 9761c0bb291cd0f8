import type { LoadRequest } from './load-client.js';

/**
 * Occupation search across classifications (issue 18): what counselors type for a former occupation,
 * in the six languages, whole titles, beginnings, abbreviations and typos, over ESCO, ROME, O*NET-SOC
 * and NOC 2021; a few asked in one classification or one language. Goal: p95 ≤ 30 ms at 1 client.
 */
const searches: { q: string; lang?: string; scheme?: string; locale: string }[] = [
  { q: 'infirmière', locale: 'fr' },
  { q: 'infirmier / infirmière', locale: 'fr' },
  { q: 'infirmeire', locale: 'fr' },
  { q: 'aide-soignant', locale: 'fr' },
  { q: 'INGÉNIEUR CIVIL', locale: 'fr' },
  { q: 'ingenieur genie civl', lang: 'fr', locale: 'fr' },
  { q: 'mecanicien auto', locale: 'fr' },
  { q: 'electrcien', locale: 'fr' },
  { q: 'chauffeur poids lourd', locale: 'fr' },
  { q: 'cuisinier', scheme: 'rome', locale: 'fr' },
  { q: 'boulanger', locale: 'fr' },
  { q: 'comptable', locale: 'fr' },
  { q: 'RN', locale: 'en' },
  { q: 'registered nurse', locale: 'en' },
  { q: 'civil enginer', locale: 'en' },
  { q: 'software developer', locale: 'en' },
  { q: 'truck driver', scheme: 'onet', locale: 'en' },
  { q: 'manager', locale: 'en' },
  { q: 'welder', locale: 'en' },
  { q: 'Registered nurse - telehealth', scheme: 'noc', locale: 'en' },
  { q: 'pharmacist', locale: 'fr' },
  { q: 'electrician', locale: 'en' },
  { q: 'enfermera', locale: 'es' },
  { q: 'ingeniero civil', lang: 'es', locale: 'fr' },
  { q: 'profesor', locale: 'es' },
  { q: 'ممرض', locale: 'ar' },
  { q: 'مهندس مدني', locale: 'fr' },
  { q: 'محاسب', lang: 'ar', locale: 'ar' },
  { q: 'бухгалтер', locale: 'uk' },
  { q: 'лікар', locale: 'fr' },
  { q: 'водій', lang: 'uk', locale: 'uk' },
  { q: 'verpleegkundige', locale: 'nl' },
  { q: 'vrachtwagenchauffeur', locale: 'fr' },
  { q: 'loodgieter', lang: 'nl', locale: 'nl' },
  { q: 'sage-femme', locale: 'fr' },
  { q: 'plom', locale: 'fr' },
];

export function occupationSearchRequests(): LoadRequest[] {
  return searches.map(({ q, lang, scheme, locale }) => {
    const query = new URLSearchParams({
      q,
      locale,
      limit: '15',
      ...(lang ? { lang } : {}),
      ...(scheme ? { scheme } : {}),
    });
    return { method: 'GET', path: `/api/reference/occupation-titles?${query}` };
  });
}
