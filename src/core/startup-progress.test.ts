import { describe, expect, it } from 'vitest';
import { startupProgress } from './startup-progress.js';

describe('startup progress', () => {
  it('names each stage as it begins and gives its duration, with its laps indented', async () => {
    const lines: string[] = [];
    const { stage, lap } = startupProgress((line) => lines.push(line));
    await stage('Demo data', async () => {
      lap('people');
      lap('sessions');
    });
    expect(lines.map((line) => line.replace(/\d+\.\d s/, 'N s'))).toEqual([
      '  Demo data…',
      '    people…',
      '    people: N s',
      '    sessions…',
      '    sessions: N s',
      '  Demo data: done in N s',
    ]);
  });
});
