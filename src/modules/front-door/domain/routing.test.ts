import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type MemberLoad,
  proposeOrganization,
  type RoutableRequest,
  type RoutingConditions,
  type RoutingRule,
  ruleMatches,
} from './routing.js';
import { frontDoorStatuses } from './vocabulary.js';

const promis = 'a0000000-0000-4000-8000-000000000001';
const cfiq = 'a0000000-0000-4000-8000-000000000002';
const inici = 'a0000000-0000-4000-8000-000000000003';

const request = (over: Partial<RoutableRequest> = {}): RoutableRequest => ({
  languages: ['fr'],
  status: 'permanent_resident',
  residenceCountry: 'CA',
  residenceRegionCode: '06',
  withChildren: false,
  ...over,
});

const rule = (id: string, target: string, conditions: RoutingConditions): RoutingRule => ({
  id,
  label: id,
  conditions,
  targetOrganizationId: target,
});

const quebecRules = [
  rule('arabic', cfiq, { languagesAmong: ['ar'] }),
  rule('csq', promis, { statusesAmong: ['csq_holder_abroad'] }),
  rule('spanish', inici, { languagesAmong: ['es'] }),
];
const loads: MemberLoad[] = [
  { organizationId: promis, load: 5 },
  { organizationId: cfiq, load: 3 },
  { organizationId: inici, load: 1 },
];

describe('ruleMatches', () => {
  it('holds for any request when the rule sets no condition', () => {
    expect(ruleMatches(request(), {})).toBe(true);
    expect(ruleMatches(request({ status: null, residenceRegionCode: null }), { languagesAmong: [] })).toBe(
      true,
    );
  });

  it('checks each condition: language among, status among, country, region, children', () => {
    expect(ruleMatches(request({ languages: ['fr', 'ar'] }), { languagesAmong: ['ar'] })).toBe(true);
    expect(ruleMatches(request({ languages: ['fr'] }), { languagesAmong: ['ar'] })).toBe(false);
    expect(ruleMatches(request({ status: 'refugee' }), { statusesAmong: ['refugee', 'other'] })).toBe(true);
    expect(ruleMatches(request({ status: null }), { statusesAmong: ['refugee'] })).toBe(false);
    expect(ruleMatches(request({ residenceCountry: 'MA' }), { countriesAmong: ['CA'] })).toBe(false);
    expect(ruleMatches(request({ residenceRegionCode: '06' }), { regionCodesAmong: ['06', '13'] })).toBe(
      true,
    );
    expect(ruleMatches(request({ residenceRegionCode: null }), { regionCodesAmong: ['06'] })).toBe(false);
    expect(ruleMatches(request({ withChildren: true }), { withChildren: true })).toBe(true);
    expect(ruleMatches(request({ withChildren: false }), { withChildren: true })).toBe(false);
    expect(ruleMatches(request({ withChildren: false }), { withChildren: false })).toBe(true);
  });

  it('needs every condition of a rule to hold', () => {
    const conditions = { languagesAmong: ['ar'], withChildren: true };
    expect(ruleMatches(request({ languages: ['ar'], withChildren: true }), conditions)).toBe(true);
    expect(ruleMatches(request({ languages: ['ar'], withChildren: false }), conditions)).toBe(false);
  });
});

describe('proposeOrganization (the Québec rules)', () => {
  it('sends an Arabic-speaking family to CFIQ by the first rule, and says so', () => {
    expect(
      proposeOrganization(request({ languages: ['ar', 'fr'], withChildren: true }), quebecRules, loads),
    ).toEqual({
      organizationId: cfiq,
      reason: { kind: 'rule', ruleId: 'arabic', label: 'arabic', position: 1 },
    });
  });

  it('sends a CSQ holder abroad to PROMIS, a Spanish speaker to INICI', () => {
    expect(
      proposeOrganization(
        request({ status: 'csq_holder_abroad', residenceCountry: 'CO' }),
        quebecRules,
        loads,
      )?.organizationId,
    ).toBe(promis);
    expect(proposeOrganization(request({ languages: ['es'] }), quebecRules, loads)?.organizationId).toBe(
      inici,
    );
  });

  it('lets the first matching rule win (an Arabic-speaking CSQ holder goes to CFIQ)', () => {
    const proposal = proposeOrganization(
      request({ languages: ['ar'], status: 'csq_holder_abroad' }),
      quebecRules,
      loads,
    );
    expect(proposal?.reason).toMatchObject({ kind: 'rule', ruleId: 'arabic' });
  });

  it('falls back to the least loaded member when no rule matches', () => {
    expect(proposeOrganization(request(), quebecRules, loads)).toEqual({
      organizationId: inici,
      reason: { kind: 'least_load', load: 1 },
    });
  });

  it('skips a rule whose target no longer receives requests', () => {
    const withoutCfiq = loads.filter((l) => l.organizationId !== cfiq);
    expect(proposeOrganization(request({ languages: ['ar'] }), quebecRules, withoutCfiq)?.reason.kind).toBe(
      'least_load',
    );
  });

  it('breaks a tie of loads by organization id', () => {
    const tied = [
      { organizationId: inici, load: 2 },
      { organizationId: promis, load: 2 },
      { organizationId: cfiq, load: 2 },
    ];
    expect(proposeOrganization(request(), [], tied)?.organizationId).toBe(promis);
  });

  it('proposes nobody when nobody receives requests', () => {
    expect(proposeOrganization(request(), quebecRules, [])).toBeUndefined();
  });
});

const members = [promis, cfiq, inici, 'a0000000-0000-4000-8000-000000000004'];
const arbitraryRequest = fc.record({
  languages: fc.subarray(['fr', 'en', 'ar', 'es', 'fa'], { minLength: 1 }),
  status: fc.option(fc.constantFrom(...frontDoorStatuses), { nil: null }),
  residenceCountry: fc.constantFrom('CA', 'MA', 'CO', 'FR'),
  residenceRegionCode: fc.option(fc.constantFrom('01', '06', '08'), { nil: null }),
  withChildren: fc.boolean(),
});
const arbitraryConditions: fc.Arbitrary<RoutingConditions> = fc.record(
  {
    languagesAmong: fc.subarray(['fr', 'en', 'ar', 'es']),
    statusesAmong: fc.subarray([...frontDoorStatuses]),
    countriesAmong: fc.subarray(['CA', 'MA', 'CO']),
    regionCodesAmong: fc.subarray(['01', '06', '08']),
    withChildren: fc.boolean(),
  },
  { requiredKeys: [] },
);
const arbitraryRules = fc.array(
  fc.record({
    id: fc.uuid(),
    label: fc.string({ maxLength: 10 }),
    conditions: arbitraryConditions,
    targetOrganizationId: fc.constantFrom(...members, 'b0000000-0000-4000-8000-00000000000f'),
  }),
  { maxLength: 6 },
);
const arbitraryLoads = fc
  .subarray(members, { minLength: 1 })
  .chain((ids) =>
    fc.tuple(...ids.map((id) => fc.nat({ max: 50 }).map((load) => ({ organizationId: id, load })))),
  );

describe('proposeOrganization (properties)', () => {
  it('always proposes a receiving member of the consortium', () => {
    fc.assert(
      fc.property(arbitraryRequest, arbitraryRules, arbitraryLoads, (r, rules, l) => {
        const proposal = proposeOrganization(r, rules, l);
        expect(l.map((m) => m.organizationId)).toContain(proposal?.organizationId);
      }),
    );
  });

  it('lets the first matching rule that targets a receiving member win', () => {
    fc.assert(
      fc.property(arbitraryRequest, arbitraryRules, arbitraryLoads, (r, rules, l) => {
        const receiving = new Set(l.map((m) => m.organizationId));
        const first = rules.findIndex(
          (x) => receiving.has(x.targetOrganizationId) && ruleMatches(r, x.conditions),
        );
        const proposal = proposeOrganization(r, rules, l);
        if (first === -1) expect(proposal?.reason.kind).toBe('least_load');
        else {
          expect(proposal?.reason).toMatchObject({ kind: 'rule', position: first + 1 });
          expect(proposal?.organizationId).toBe(rules[first]?.targetOrganizationId);
        }
      }),
    );
  });

  it('falls back on a member of minimum load', () => {
    fc.assert(
      fc.property(arbitraryRequest, arbitraryLoads, (r, l) => {
        const proposal = proposeOrganization(r, [], l);
        const minimum = Math.min(...l.map((m) => m.load));
        expect(proposal?.reason).toEqual({ kind: 'least_load', load: minimum });
        expect(l.find((m) => m.organizationId === proposal?.organizationId)?.load).toBe(minimum);
      }),
    );
  });

  it('is deterministic: the order in which members are listed does not change the proposal', () => {
    fc.assert(
      fc.property(arbitraryRequest, arbitraryRules, arbitraryLoads, (r, rules, l) => {
        expect(proposeOrganization(r, rules, [...l].reverse())).toEqual(proposeOrganization(r, rules, l));
      }),
    );
  });
});
