import { afterEach, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  if (typeof navigator === 'undefined') Object.assign(globalThis, { navigator: { language: 'en' } });
});

import { formatDate, setFormatCountry } from './format.js';
import { i18n } from './i18n/index.js';

afterEach(() => setFormatCountry(null));

/** Dates as the organization's country writes them in the interface language. */
describe('dates per locale', () => {
  it('writes American dates for a US organization and British ones elsewhere in English', async () => {
    await i18n.changeLanguage('en');
    setFormatCountry('US');
    expect(formatDate('2026-12-03')).toBe('Dec 3, 2026');
    setFormatCountry('FR');
    expect(formatDate('2026-12-03')).toBe('3 Dec 2026');
  });

  it('writes Québec dates for a Canadian organization in French', async () => {
    await i18n.changeLanguage('fr');
    setFormatCountry('CA');
    expect(formatDate('2026-12-03')).toBe(
      new Intl.DateTimeFormat('fr-CA', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date('2026-12-03T12:00:00Z'),
      ),
    );
    setFormatCountry('FR');
    expect(formatDate('2026-12-03')).toBe('3 déc. 2026');
  });
});
