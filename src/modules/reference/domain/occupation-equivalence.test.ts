import { describe, expect, it } from 'vitest';
import { bridgesOf, equivalentsThrough, weaker } from './occupation-equivalence.js';
import type { CrosswalkLink } from './occupation-graph.js';

const links = new Map<string, CrosswalkLink[]>([
  [
    'nurse',
    [
      { scheme: 'rome', code: 'J1506', relation: 'exactMatch' },
      { scheme: 'rome', code: 'J1502', relation: 'broadMatch' },
      { scheme: 'onet', code: '29-1141.00', relation: 'closeMatch' },
      { scheme: 'noc', code: '31301', relation: 'viaOnet' },
    ],
  ],
  ['specialist nurse', [{ scheme: 'rome', code: 'J1506', relation: 'closeMatch' }]],
]);
const linksOf = (id: string) => links.get(id) ?? [];

describe('equivalentsThrough', () => {
  it('reaches the target classification from an ESCO occupation, strongest first', () => {
    const found = equivalentsThrough(
      { scheme: 'esco', code: 'nurse' },
      bridgesOf({ scheme: 'esco', code: 'nurse' }, []),
      linksOf,
      'rome',
    );
    expect(found.map((f) => `${f.code}:${f.relation}`)).toEqual(['J1506:exactMatch', 'J1502:broadMatch']);
  });

  it('goes through ESCO from a national code, as strong as the weaker hop, NOC marked viaOnet', () => {
    const source = { scheme: 'onet' as const, code: '29-1141.00' };
    const bridges = bridgesOf(source, [
      { escoId: 'nurse', relation: 'closeMatch' },
      { escoId: 'specialist nurse', relation: 'broadMatch' },
    ]);
    expect(bridges).toEqual([{ escoId: 'nurse', relation: 'closeMatch' }]);
    const rome = equivalentsThrough(source, bridges, linksOf, 'rome');
    expect(rome[0]).toEqual({
      scheme: 'rome',
      code: 'J1506',
      relation: 'closeMatch',
      throughEscoIds: ['nurse'],
    });
    const noc = equivalentsThrough(source, bridges, linksOf, 'noc');
    expect(noc.map((f) => f.relation)).toEqual(['viaOnet']);
  });

  it('answers the code itself when it is already of the country’s classification', () => {
    expect(equivalentsThrough({ scheme: 'rome', code: 'J1506' }, [], linksOf, 'rome')).toEqual([
      { scheme: 'rome', code: 'J1506', relation: 'same', throughEscoIds: [] },
    ]);
  });

  it('counts the bridges that reach a code at its strongest relation', () => {
    const source = { scheme: 'noc' as const, code: '31301' };
    const bridges = [
      { escoId: 'nurse', relation: 'viaOnet' as const },
      { escoId: 'specialist nurse', relation: 'viaOnet' as const },
    ];
    const [first] = equivalentsThrough(source, bridges, linksOf, 'rome');
    expect(first?.throughEscoIds).toEqual(['nurse', 'specialist nurse']);
  });

  it('keeps the weaker of two relations', () => {
    expect(weaker('exactMatch', 'broadMatch')).toBe('broadMatch');
    expect(weaker('same', 'closeMatch')).toBe('closeMatch');
    expect(weaker('viaOnet', 'exactMatch')).toBe('viaOnet');
  });
});
