import { afterEach, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  if (typeof navigator === 'undefined') Object.assign(globalThis, { navigator: { language: 'en' } });
});

import { displayTimeZone, formatDateTime, setFormatCountry, setFormatTimeZone } from './format.js';

afterEach(() => {
  setFormatTimeZone(null);
  setFormatCountry(null);
});

describe('times in the web app', () => {
  it('are shown in the organization’s time zone, whatever the browser’s', () => {
    setFormatCountry('CA');
    setFormatTimeZone('America/Toronto');
    expect(displayTimeZone()).toBe('America/Toronto');
    // Noon in Montréal, though the test runs in UTC.
    expect(formatDateTime('2026-12-03T17:00:00Z')).toMatch(/12 h 00|12:00/);
    setFormatTimeZone('Europe/Paris');
    expect(formatDateTime('2026-12-03T17:00:00Z')).toMatch(/18 h 00|18:00|6:00\sp\.m\./);
  });
});
