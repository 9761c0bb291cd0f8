import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Output } from '../../contracts/define.js';
import {
  cancelReportSubscriptionRoute,
  copyReportTemplateRoute,
  createReportSubscriptionRoute,
  deleteReportTemplateRoute,
  listReportSubscriptionsRoute,
  listReportTemplatesRoute,
  programReportRoute,
  queueReportFileRoute,
  reportFileContentRoute,
  reportFileRoute,
  reportFileStatusRoute,
  reportPeopleRoute,
  updateReportTemplateRoute,
} from '../../contracts/reports.js';
import type { Role } from '../../core/auth/roles.js';
import { figuresRoles, programAdminRoles } from '../../core/auth/roles.js';
import type { DataQualityCheck } from '../../modules/reports/domain/data-quality.js';
import type { ReportDefinition } from '../../modules/reports/domain/template.js';
import { buildUrl, type CallPart, call } from './client.js';

export type { BreakdownKey, IndicatorUnit } from '../../modules/reports/domain/indicator.js';
export { breakdownKeys } from '../../modules/reports/domain/indicator.js';
export type { PeriodKind } from '../../modules/reports/domain/report-period.js';
export { periodKinds } from '../../modules/reports/domain/report-period.js';
export type { DataQualityCheck, ReportDefinition };

export type ReportTemplates = Output<typeof listReportTemplatesRoute>;
export type ReportTemplate = ReportTemplates['items'][number];
export type ReportIndicator = ReportTemplates['indicators'][number];
export type ProgramReport = Output<typeof programReportRoute>;
export type ReportSection = ProgramReport['sections'][number];
export type ReportCell = ReportSection['total'];
export type ReportPeople = Output<typeof reportPeopleRoute>;
export type ReportFileFormat = CallPart<typeof reportFileRoute, 'query'>['format'];

/** Reports are read by the roles that read a program's figures, funders included. */
export const mayReadReports = (role: Role) => figuresRoles.includes(role);
/**
 * Copying and changing a template, and scheduling its sending: the roles that configure programs
 * (the server checks the same list).
 */
export const mayConfigureReports = (role: Role) => programAdminRoles.includes(role);

export interface ReportPeriod {
  from?: string | undefined;
  to?: string | undefined;
}

const periodQuery = (period: ReportPeriod) => ({
  ...(period.from ? { from: period.from } : {}),
  ...(period.to ? { to: period.to } : {}),
});

/** The standard templates, the copies the program's organizations saved, and the indicator catalogue. */
export function useReportTemplates(programId: string) {
  return useQuery({
    queryKey: ['program', programId, 'report-templates'],
    queryFn: ({ signal }) => call(listReportTemplatesRoute, { params: { programId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

/** A program's report over a period (the template's period containing today when none is given). */
export function useProgramReport(programId: string, template: string, period: ReportPeriod) {
  return useQuery({
    queryKey: ['program', programId, 'report', template, period],
    queryFn: ({ signal }) =>
      call(programReportRoute, { params: { programId, template }, query: periodQuery(period), signal }),
    placeholderData: keepPreviousData,
    meta: { inlineErrors: true },
    retry: false,
  });
}

/** What a drill-down opens: a section's figure (a category, its denominator) or a data-quality finding. */
export type PeopleFigure =
  | { section: number; category?: string | undefined; part: 'value' | 'denominator' }
  | { check: DataQualityCheck };

/** The people behind one figure of the report (staff who may see files: `drillDown`). */
export function useReportPeople(
  programId: string,
  template: string,
  period: ReportPeriod,
  figure: PeopleFigure | null,
) {
  return useQuery({
    enabled: figure !== null,
    queryKey: ['program', programId, 'report-people', template, period, figure],
    queryFn: ({ signal }) =>
      call(reportPeopleRoute, {
        params: { programId, template },
        query: { ...periodQuery(period), ...(figure as PeopleFigure) },
        signal,
      }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

/** Copies a template for the reader's organization; answers the copy. */
export function useCopyReportTemplate(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CallPart<typeof copyReportTemplateRoute, 'body'>) =>
      call(copyReportTemplateRoute, { params: { programId }, body }),
    meta: { inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['program', programId, 'report-templates'] }),
  });
}

/** Saves a new version of the organization's copy (409 REPORT_TEMPLATE_CHANGED when `version` is stale). */
export function useUpdateReportTemplate(programId: string, template: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; definition: ReportDefinition }) =>
      call(updateReportTemplateRoute, { params: { programId, template }, body }),
    meta: { inlineErrors: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['program', programId, 'report-templates'] });
      await queryClient.invalidateQueries({ queryKey: ['program', programId, 'report', template] });
    },
  });
}

export function useDeleteReportTemplate(programId: string, template: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(deleteReportTemplateRoute, { params: { programId, template } }),
    meta: { inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['program', programId, 'report-templates'] }),
  });
}

/** The report's file (a plain link: the session cookie goes with it and the browser saves it). */
export function reportFileHref(
  programId: string,
  template: string,
  period: ReportPeriod,
  format: ReportFileFormat,
  lang: 'fr' | 'en',
): string {
  return buildUrl(reportFileRoute.path, { programId, template }, { ...periodQuery(period), format, lang });
}

export type ReportFileStatus = Output<typeof reportFileStatusRoute>;
export type ReportSubscription = Output<typeof listReportSubscriptionsRoute>['items'][number];
export type ReportSubscriptionInput = CallPart<typeof createReportSubscriptionRoute, 'body'>;

/** Queues a report's file, produced in the background; answers its status (`useReportFile` follows it). */
export function useQueueReportFile(programId: string, template: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { period: ReportPeriod; format: ReportFileFormat; lang: 'fr' | 'en' }) =>
      call(queueReportFileRoute, {
        params: { programId, template },
        body: { ...periodQuery(body.period), format: body.format, lang: body.lang },
      }),
    meta: { inlineErrors: true },
    onSuccess: (file) => queryClient.setQueryData(['report-file', file.id], file),
  });
}

/** A queued file's status, read again every 1.5 s while it is queued or running. */
export function useReportFile(id: string | undefined) {
  return useQuery({
    enabled: id !== undefined,
    queryKey: ['report-file', id],
    queryFn: ({ signal }) => call(reportFileStatusRoute, { params: { id: id as string }, signal }),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'queued' || status === 'running' ? 1_500 : false;
    },
    meta: { inlineErrors: true },
    retry: false,
  });
}

/** A produced file's content (a plain link: the session cookie goes with it). */
export const reportFileContentHref = (id: string) => buildUrl(reportFileContentRoute.path, { id }, {});

/** The organization's scheduled deliveries of the program's reports. */
export function useReportSubscriptions(programId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['program', programId, 'report-subscriptions'],
    queryFn: ({ signal }) => call(listReportSubscriptionsRoute, { params: { programId }, signal }),
    select: (data) => data.items,
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function useCreateReportSubscription(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportSubscriptionInput) =>
      call(createReportSubscriptionRoute, { params: { programId }, body }),
    meta: { inlineErrors: true },
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: ['program', programId, 'report-subscriptions'] }),
  });
}

export function useCancelReportSubscription(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (subscriptionId: string) =>
      call(cancelReportSubscriptionRoute, { params: { programId, subscriptionId } }),
    meta: { inlineErrors: true },
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: ['program', programId, 'report-subscriptions'] }),
  });
}
