import { afterEach, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  if (typeof navigator === 'undefined') Object.assign(globalThis, { navigator: { language: 'en' } });
});

import { setFormatTimeZone } from '../../format.js';
import { todayIso } from './ui.js';

afterEach(() => setFormatTimeZone(null));

describe("the fund forms' default day", () => {
  it("is today where the organization works, not the browser's day", () => {
    setFormatTimeZone('America/New_York');
    // 02:00 UTC on 10 March is still the evening of 9 March in Louisville.
    expect(todayIso(new Date('2026-03-10T02:00:00Z'))).toBe('2026-03-09');
    setFormatTimeZone('Europe/Paris');
    expect(todayIso(new Date('2026-03-09T23:30:00Z'))).toBe('2026-03-10');
  });
});
