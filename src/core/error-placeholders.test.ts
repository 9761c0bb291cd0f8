import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from './i18n/locale.js';

const modules = join(import.meta.dirname, '..', 'modules');

describe("the server's error messages", () => {
  it('fill their parameters as {name}: a {{name}} (the web app’s syntax) would reach people as "{value}"', () => {
    expect(
      translate({ en: 'Shared by {organization}.', fr: 'Partagé par {organization}.' }, 'en', {
        organization: 'PROMIS',
      }),
    ).toBe('Shared by PROMIS.');
    const offenders = readdirSync(modules).flatMap((name) => {
      let source: string;
      try {
        source = readFileSync(join(modules, name, 'errors.ts'), 'utf8');
      } catch {
        return [];
      }
      return source.includes('{{') ? [`${name}/errors.ts`] : [];
    });
    expect(offenders).toEqual([]);
  });
});
