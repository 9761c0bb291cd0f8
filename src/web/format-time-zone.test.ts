import { afterEach, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  if (typeof navigator === 'undefined') Object.assign(globalThis, { navigator: { language: 'en' } });
});

import {
  displayTimeZone,
  formatDateTime,
  setFormatCountry,
  setFormatTimeZone,
  todayInOrganization,
} from './format.js';

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

describe('today in the web app', () => {
  it('is the organization’s calendar day, not the browser’s nor UTC’s', () => {
    // 23:30 UTC on 3 December: already the 4th in Paris, still the 3rd in Chicago.
    const late = new Date('2026-12-03T23:30:00Z');
    setFormatTimeZone('Europe/Paris');
    expect(todayInOrganization(late)).toBe('2026-12-04');
    setFormatTimeZone('America/Chicago');
    expect(todayInOrganization(new Date('2026-12-04T04:30:00Z'))).toBe('2026-12-03');
  });
});
