import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { listPeopleRoute } from '../../contracts/people.js';
import {
  attestationPdfRoute,
  cancelMeetingRoute,
  createSessionTypeRoute,
  enrolRoute,
  getRollCallRoute,
  getSeriesRoute,
  issueAttestationRoute,
  listSeriesRoute,
  listSessionTypesRoute,
  meetingView,
  participantAttendanceRoute,
  participantView,
  personSessionsRoute,
  planSeriesRoute,
  rescheduleMeetingRoute,
  rollCallBody,
  saveRollCallRoute,
  sessionFiguresRoute,
  setStaffCertificationRoute,
  signInSheetRoute,
  staffTrainingRecordRoute,
  verifyAttestationRoute,
  withdrawRoute,
} from '../../contracts/sessions.js';
import type { Role } from '../../core/auth/roles.js';
import { formatDate } from '../format.js';
import { buildUrl, type CallPart, call } from './client.js';
import { useSession } from './session.js';

export {
  sessionKinds,
  sessionModes,
  sessionOpenness,
} from '../../contracts/sessions.js';

// The vocabularies come from the contract, as the web app takes every vocabulary (see loan-fund).
export const attendanceMarks = rollCallBody.shape.marks.element.shape.mark.options;
export const meetingStatuses = meetingView.shape.status.options;
export const enrolmentStatuses = participantView.shape.status.options;

/** Who plans sessions and adds types to the catalog (the server checks the same list). */
export const sessionOrganizerRoles: readonly Role[] = ['program_referent', 'coordinator', 'director'];
/** Who enrols participants, takes roll calls and reads a person's sessions. */
export { sessionStaffRoles } from '../../core/auth/roles.js';

export type SeriesFilters = CallPart<typeof listSeriesRoute, 'query'>;
export type SessionTypeBody = CallPart<typeof createSessionTypeRoute, 'body'>;
export type SeriesBody = CallPart<typeof planSeriesRoute, 'body'>;
export type RollCallMarks = CallPart<typeof saveRollCallRoute, 'body'>['marks'];
export type SeriesDetail = Awaited<ReturnType<typeof fetchSeries>>;
export type SeriesSummary = Awaited<ReturnType<typeof fetchSeriesList>>['items'][number];
export type SessionType = Awaited<ReturnType<typeof fetchSessionTypes>>[number];
export type Meeting = SeriesDetail['meetingsList'][number];
export type Participant = SeriesDetail['participants'][number];
export type RollCall = Awaited<ReturnType<typeof fetchRollCall>>;
export type ParticipantAttendance = Awaited<ReturnType<typeof fetchAttendance>>;
export type Attestation = Awaited<ReturnType<typeof fetchAttestation>>;
export type PersonSessions = Awaited<ReturnType<typeof fetchPersonSessions>>;
export type SessionFiguresQuery = CallPart<typeof sessionFiguresRoute, 'query'>;
export type SessionFigures = Awaited<ReturnType<typeof fetchSessionFigures>>;
export type StaffTrainingRecord = Awaited<ReturnType<typeof fetchStaffTraining>>;
export type StaffCertificationBody = CallPart<typeof setStaffCertificationRoute, 'body'>;

function fetchSeriesList(filters: SeriesFilters, signal?: AbortSignal) {
  return call(listSeriesRoute, { query: filters, signal });
}

function fetchSeries(seriesId: string, signal?: AbortSignal) {
  return call(getSeriesRoute, { params: { id: seriesId }, signal });
}

async function fetchSessionTypes(signal?: AbortSignal) {
  return (await call(listSessionTypesRoute, { signal })).items;
}

function fetchRollCall(meetingId: string, signal?: AbortSignal) {
  return call(getRollCallRoute, { params: { id: meetingId }, signal });
}

function fetchAttendance(enrolmentId: string, signal?: AbortSignal) {
  return call(participantAttendanceRoute, { params: { id: enrolmentId }, signal });
}

function fetchAttestation(code: string, signal?: AbortSignal) {
  return call(verifyAttestationRoute, { params: { code }, signal });
}

function fetchSessionFigures(query: SessionFiguresQuery, signal?: AbortSignal) {
  return call(sessionFiguresRoute, { query, signal });
}

function fetchStaffTraining(userId: string, signal?: AbortSignal) {
  return call(staffTrainingRecordRoute, { params: { id: userId }, signal });
}

function fetchPersonSessions(personId: string, signal?: AbortSignal) {
  return call(personSessionsRoute, { params: { id: personId }, signal });
}

export function useSeriesList(filters: SeriesFilters) {
  const session = useSession();
  return useQuery({
    queryKey: ['sessions', session.organization.id, filters],
    queryFn: ({ signal }) => fetchSeriesList(filters, signal),
    placeholderData: keepPreviousData,
    meta: { inlineErrors: true },
  });
}

export function useSeries(seriesId: string) {
  return useQuery({
    queryKey: ['session-series', seriesId],
    queryFn: ({ signal }) => fetchSeries(seriesId, signal),
    meta: { inlineErrors: true },
  });
}

export function useSessionTypes() {
  const session = useSession();
  return useQuery({
    queryKey: ['session-types', session.organization.id],
    queryFn: ({ signal }) => fetchSessionTypes(signal),
    meta: { inlineErrors: true },
  });
}

export function useCreateSessionType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SessionTypeBody) => call(createSessionTypeRoute, { body }),
    meta: { inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['session-types'] }),
  });
}

export function usePlanSeries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SeriesBody) => call(planSeriesRoute, { body }),
    meta: { inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sessions'] }),
  });
}

/** Any change to a series moves its seats, hours or attestations: the list, the page and files refresh. */
async function refreshSeries(queryClient: ReturnType<typeof useQueryClient>, seriesId: string) {
  await queryClient.invalidateQueries({ queryKey: ['session-series', seriesId] });
  await queryClient.invalidateQueries({ queryKey: ['sessions'] });
  await queryClient.invalidateQueries({ queryKey: ['session-attendance'] });
  await queryClient.invalidateQueries({ queryKey: ['person-sessions'] });
}

export function useEnrolParticipant(seriesId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CallPart<typeof enrolRoute, 'body'>) =>
      call(enrolRoute, { params: { id: seriesId }, body }),
    meta: { inlineErrors: true },
    onSuccess: () => refreshSeries(queryClient, seriesId),
  });
}

export function useWithdrawParticipant(seriesId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enrolmentId: string) => call(withdrawRoute, { params: { id: enrolmentId } }),
    onSuccess: () => refreshSeries(queryClient, seriesId),
  });
}

export function useCancelMeeting(seriesId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { meetingId: string; reason: string }) =>
      call(cancelMeetingRoute, { params: { id: input.meetingId }, body: { reason: input.reason } }),
    meta: { inlineErrors: true },
    onSuccess: async (meeting) => {
      await queryClient.invalidateQueries({ queryKey: ['roll-call', meeting.id] });
      await refreshSeries(queryClient, seriesId);
    },
  });
}

export function useRescheduleMeeting(seriesId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { meetingId: string; startsAt: string }) =>
      call(rescheduleMeetingRoute, { params: { id: input.meetingId }, body: { startsAt: input.startsAt } }),
    meta: { inlineErrors: true },
    onSuccess: async (meeting) => {
      await queryClient.invalidateQueries({ queryKey: ['roll-call', meeting.id] });
      await refreshSeries(queryClient, seriesId);
    },
  });
}

export function useRollCall(meetingId: string) {
  return useQuery({
    queryKey: ['roll-call', meetingId],
    queryFn: ({ signal }) => fetchRollCall(meetingId, signal),
    meta: { inlineErrors: true },
  });
}

export function useSaveRollCall(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { seriesId: string; marks: RollCallMarks }) =>
      call(saveRollCallRoute, { params: { id: meetingId }, body: { marks: input.marks } }),
    meta: { inlineErrors: true },
    onSuccess: async (_saved, input) => {
      // Another counselor may have marked others meanwhile: read the whole roll call again.
      await queryClient.invalidateQueries({ queryKey: ['roll-call', meetingId] });
      await refreshSeries(queryClient, input.seriesId);
    },
  });
}

export function useParticipantAttendance(enrolmentId: string | null) {
  return useQuery({
    queryKey: ['session-attendance', enrolmentId],
    queryFn: ({ signal }) => fetchAttendance(enrolmentId as string, signal),
    enabled: enrolmentId !== null,
    meta: { inlineErrors: true },
  });
}

export function useIssueAttestation(seriesId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enrolmentId: string) => call(issueAttestationRoute, { params: { id: enrolmentId } }),
    meta: { inlineErrors: true },
    onSuccess: () => refreshSeries(queryClient, seriesId),
  });
}

export function usePersonSessions(personId: string) {
  return useQuery({
    queryKey: ['person-sessions', personId],
    queryFn: ({ signal }) => fetchPersonSessions(personId, signal),
    meta: { inlineErrors: true },
  });
}

/** Aggregates only (no one is named): what funders read. Disabled while the period is incomplete. */
export function useSessionFigures(query: SessionFiguresQuery, enabled = true) {
  return useQuery({
    queryKey: ['session-figures', query],
    queryFn: ({ signal }) => fetchSessionFigures(query, signal),
    placeholderData: keepPreviousData,
    enabled,
    meta: { inlineErrors: true },
  });
}

/** Who reads other staff members' training records (the server checks the same list). */
export const trainingOverseerRoles: readonly Role[] = ['coordinator', 'director', 'administrator'];

export function useStaffTraining(userId: string) {
  return useQuery({
    queryKey: ['staff-training', userId],
    queryFn: ({ signal }) => fetchStaffTraining(userId, signal),
    meta: { inlineErrors: true },
  });
}

export function useSetStaffCertification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StaffCertificationBody) => call(setStaffCertificationRoute, { body }),
    meta: { inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['staff-training'] }),
  });
}

/** Public: anyone holding the document checks it; no session needed. */
export function useVerifyAttestation(code: string) {
  return useQuery({
    queryKey: ['attestation', code],
    queryFn: ({ signal }) => fetchAttestation(code, signal),
    meta: { inlineErrors: true },
    retry: false,
  });
}

/** Files (PDF) are plain links: the session cookie authenticates them. */
export function attestationPdfUrl(enrolmentId: string, locale: 'en' | 'fr'): string {
  return buildUrl(attestationPdfRoute.path, { id: enrolmentId }, { locale });
}

/** The sheet's times are the organizer's (its time zone, on the server). */
export function signInSheetUrl(meetingId: string, locale: 'en' | 'fr'): string {
  return buildUrl(signInSheetRoute.path, { id: meetingId }, { locale });
}

/** People of my organization matching a name, for the enrolment picker. */
export async function searchPeopleOptions(text: string, signal: AbortSignal) {
  const result = await call(listPeopleRoute, { query: { q: text, pageSize: 10 }, signal });
  return result.items.map((person) => ({
    value: person.id,
    label: `${person.givenName} ${person.familyName}`,
    hint: [formatDate(person.birthDate), person.city].filter(Boolean).join(' · ') || undefined,
  }));
}
