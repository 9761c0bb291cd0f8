import { localeTag } from '../../format.js';

/** Amounts of Québec's relocation aid are Canadian dollars, kept in cents. */
export function formatCad(cents: number | null | undefined): string {
  return new Intl.NumberFormat(localeTag(), { style: 'currency', currency: 'CAD' }).format(
    (cents ?? 0) / 100,
  );
}

/** Dollars typed in a form, as integer cents (NaN stays NaN for the server to refuse with its field). */
export function centsOf(dollars: number | string): number {
  const value = typeof dollars === 'number' ? dollars : Number(String(dollars).replace(',', '.'));
  return Math.round(value * 100);
}

/**
 * Québec's administrative regions by code: proper names, written the same in French and in English
 * (so not interface texts to translate).
 */
export const quebecRegionNames: Record<string, string> = {
  '01': 'Bas-Saint-Laurent',
  '02': 'Saguenay–Lac-Saint-Jean',
  '03': 'Capitale-Nationale',
  '04': 'Mauricie',
  '05': 'Estrie',
  '06': 'Montréal',
  '07': 'Outaouais',
  '08': 'Abitibi-Témiscamingue',
  '09': 'Côte-Nord',
  '10': 'Nord-du-Québec',
  '11': 'Gaspésie–Îles-de-la-Madeleine',
  '12': 'Chaudière-Appalaches',
  '13': 'Laval',
  '14': 'Lanaudière',
  '15': 'Laurentides',
  '16': 'Montérégie',
  '17': 'Centre-du-Québec',
};

export const regionName = (code: string) => quebecRegionNames[code] ?? code;
