import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CrosswalkLink, occupationGraph } from './occupation-graph.js';

// engineer ← civil engineer ← bridge engineer; road engineer under engineer; nurse apart.
const graph = occupationGraph({
  iscoOf: new Map([
    ['engineer', '2142'],
    ['civil', '2142'],
    ['bridge', '2142'],
    ['road', '2142'],
    ['mining', '2146'],
    ['nurse', '2221'],
    ['surveyor', '2165'],
  ]),
  broaderOf: new Map([
    ['civil', 'engineer'],
    ['bridge', 'civil'],
    ['road', 'engineer'],
  ]),
  linksOf: new Map<string, CrosswalkLink[]>([
    [
      'civil',
      [
        { scheme: 'rome', code: 'F1106', relation: 'closeMatch' },
        { scheme: 'onet', code: '17-2051.00', relation: 'exactMatch' },
        { scheme: 'noc', code: '21300', relation: 'viaOnet' },
        { scheme: 'rome', code: 'F1112', relation: 'broadMatch' },
      ],
    ],
    ['surveyor', [{ scheme: 'onet', code: '17-2051.00', relation: 'closeMatch' }]],
    ['nurse', [{ scheme: 'rome', code: 'F1112', relation: 'broadMatch' }]],
  ]),
});

describe('occupationGraph', () => {
  it('gives an occupation its ISCO group, its ancestors nearest first, and its close national codes', () => {
    expect(graph.facts('bridge')).toEqual({
      escoId: 'bridge',
      iscoCode: '2142',
      broaderIds: ['civil', 'engineer'],
      crosswalkCodes: [],
    });
    expect(graph.facts('civil').crosswalkCodes).toEqual(['rome:F1106', 'onet:17-2051.00']);
    expect(graph.facts('unknown')).toEqual({
      escoId: 'unknown',
      iscoCode: null,
      broaderIds: [],
      crosswalkCodes: [],
    });
  });

  it('lists equivalents by scheme, then from the strongest relation', () => {
    expect(graph.equivalents('civil').map((l) => `${l.scheme}:${l.code}:${l.relation}`)).toEqual([
      'rome:F1106:closeMatch',
      'rome:F1112:broadMatch',
      'onet:17-2051.00:exactMatch',
      'noc:21300:viaOnet',
    ]);
  });

  it('relates the family, the close national codes and the ISCO minor group, not a broad match', () => {
    const related = graph.related('civil');
    for (const id of ['civil', 'engineer', 'bridge', 'road', 'surveyor', 'mining'])
      expect(related.has(id)).toBe(true);
    expect(related.has('nurse')).toBe(false);
  });

  it('always relates an occupation to itself and to what its close codes name', () => {
    const ids = ['engineer', 'civil', 'bridge', 'road', 'mining', 'nurse', 'surveyor'];
    fc.assert(
      fc.property(fc.constantFrom(...ids), (id) => {
        const related = graph.related(id);
        expect(related.has(id)).toBe(true);
        for (const ancestor of graph.facts(id).broaderIds) expect(related.has(ancestor)).toBe(true);
      }),
    );
  });

  it('stops on a cycle in the hierarchy instead of looping', () => {
    const cyclic = occupationGraph({
      iscoOf: new Map([
        ['a', '1'],
        ['b', '1'],
      ]),
      broaderOf: new Map([
        ['a', 'b'],
        ['b', 'a'],
      ]),
      linksOf: new Map(),
    });
    expect(cyclic.facts('a').broaderIds).toEqual(['b', 'a']);
    expect(cyclic.related('a')).toEqual(new Set(['a', 'b']));
  });
});
