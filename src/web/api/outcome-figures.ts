import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Output } from '../../contracts/define.js';
import {
  addExitRuleVersionRoute,
  listExitRulesRoute,
  type outcomeMeasureCodes,
  outcomePeopleRoute,
  programOutcomesRoute,
  type underemploymentBreakdowns,
  underemploymentStatisticsRoute,
} from '../../contracts/outcomes.js';
import type { Role } from '../../core/auth/roles.js';
import { figuresRoles, programAdminRoles } from '../../core/auth/roles.js';
import { type CallPart, call } from './client.js';

export { outcomeMeasureCodes, underemploymentBreakdowns } from '../../contracts/outcomes.js';
export type OutcomeMeasureCode = (typeof outcomeMeasureCodes)[number];
export type UnderemploymentBreakdown = (typeof underemploymentBreakdowns)[number];
export type ProgramOutcomes = Output<typeof programOutcomesRoute>;
export type OutcomeMeasure = ProgramOutcomes['measures'][OutcomeMeasureCode];
export type ExitRuleVersion = Output<typeof listExitRulesRoute>['items'][number];
export type ExitRuleVersionBody = CallPart<typeof addExitRuleVersionRoute, 'body'>;
export type UnderemploymentStatistics = Output<typeof underemploymentStatisticsRoute>;
export type OutcomePart = 'numerator' | 'denominator' | 'excluded';

/** The figures (outcomes, underemployment, rule versions) are read by these roles, funders included. */
export const mayReadOutcomeFigures = (role: Role) => figuresRoles.includes(role);
/** New versions of the positive-exit rule: program administrators (the server checks the same list). */
export const mayAddExitRuleVersion = (role: Role) => programAdminRoles.includes(role);

export interface OutcomesPeriod {
  from: string;
  to: string;
  memberOrganizationId?: string;
}

/** The program's outcomes over a period (and a member organization of its consortium, if chosen). */
export function useProgramOutcomes(programId: string, period: OutcomesPeriod, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['program', programId, 'outcomes', period],
    queryFn: ({ signal }) =>
      call(programOutcomesRoute, { params: { id: programId }, query: withoutEmpty(period), signal }),
    placeholderData: keepPreviousData,
    meta: { inlineErrors: true },
    retry: false,
  });
}

/** The people behind one figure of the dashboard (staff who may open people's files; `drillDown`). */
export function useOutcomePeople(
  programId: string,
  figure: (OutcomesPeriod & { measure: OutcomeMeasureCode; part: OutcomePart }) | null,
) {
  return useQuery({
    enabled: figure !== null,
    queryKey: ['program', programId, 'outcome-people', figure],
    queryFn: async ({ signal }) =>
      (
        await call(outcomePeopleRoute, {
          params: { id: programId },
          query: withoutEmpty(figure as NonNullable<typeof figure>),
          signal,
        })
      ).items,
    meta: { inlineErrors: true },
    retry: false,
  });
}

/** Anonymized underemployment statistics, small cells suppressed by the server. */
export function useUnderemploymentStatistics(
  programId: string,
  query: { breakdown: UnderemploymentBreakdown; asOf?: string },
  enabled = true,
) {
  return useQuery({
    enabled,
    queryKey: ['program', programId, 'underemployment', query],
    queryFn: ({ signal }) =>
      call(underemploymentStatisticsRoute, {
        params: { id: programId },
        query: { breakdown: query.breakdown, ...(query.asOf ? { asOf: query.asOf } : {}) },
        signal,
      }),
    placeholderData: keepPreviousData,
    meta: { inlineErrors: true },
    retry: false,
  });
}

/** The versions of the program's positive-exit rule, newest first. */
export function useExitRules(programId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['program', programId, 'exit-rules'],
    queryFn: async ({ signal }) =>
      (await call(listExitRulesRoute, { params: { id: programId }, signal })).items,
    meta: { inlineErrors: true },
    retry: false,
  });
}

/** A new version of the rule, from a day not before today (the server refuses an earlier one). */
export function useAddExitRuleVersion(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ExitRuleVersionBody) =>
      call(addExitRuleVersionRoute, { params: { id: programId }, body }),
    meta: { inlineErrors: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['program', programId, 'exit-rules'] });
      await queryClient.invalidateQueries({ queryKey: ['program', programId, 'outcomes'] });
    },
  });
}

function withoutEmpty<T extends { memberOrganizationId?: string }>(query: T): T {
  if (query.memberOrganizationId) return query;
  const { memberOrganizationId: _omitted, ...rest } = query;
  return rest as T;
}
