import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  agendaRoute,
  appointmentBody,
  cancelAppointmentRoute,
  editNoteRoute,
  noteBody,
  personFollowUpRoute,
  programIntensityRoute,
  recordOutcomeRoute,
  rescheduleAppointmentRoute,
  scheduleAppointmentRoute,
  writeNoteRoute,
} from '../../contracts/follow-up.js';
import { myOrganizationRoute } from '../../contracts/organizations.js';
import type { Role } from '../../core/auth/roles.js';
import { type CallPart, call } from './client.js';
import { useSession } from './session.js';

// Vocabularies come from the contract, as everywhere in the web app.
export const appointmentModes = appointmentBody.shape.mode.options;
export const noteKinds = noteBody.shape.kind.options;

/** Who schedules appointments, writes notes and reads the agenda (the server checks the same list). */
export { followUpRoles } from '../../core/auth/roles.js';
/** Who reads a program's intensity of accompaniment: figures only. */
export const intensityRoles: readonly Role[] = ['program_referent', 'coordinator', 'director', 'funder'];

export type AppointmentInput = CallPart<typeof scheduleAppointmentRoute, 'body'>;
export type NoteInput = CallPart<typeof writeNoteRoute, 'body'>;
export type AgendaQuery = CallPart<typeof agendaRoute, 'query'>;
export type PersonFollowUp = Awaited<ReturnType<typeof fetchPersonFollowUp>>;
export type Appointment = PersonFollowUp['appointments'][number];
export type Note = PersonFollowUp['notes'][number];
export type Agenda = Awaited<ReturnType<typeof fetchAgenda>>;
export type Intensity = Awaited<ReturnType<typeof fetchIntensity>>;

function fetchPersonFollowUp(personId: string, signal?: AbortSignal) {
  return call(personFollowUpRoute, { params: { id: personId }, signal });
}
function fetchAgenda(query: AgendaQuery, signal?: AbortSignal) {
  return call(agendaRoute, { query, signal });
}
function fetchIntensity(programId: string, months: number, signal?: AbortSignal) {
  return call(programIntensityRoute, { params: { id: programId }, query: { months }, signal });
}

export function usePersonFollowUp(personId: string) {
  return useQuery({
    queryKey: ['follow-up', personId],
    queryFn: ({ signal }) => fetchPersonFollowUp(personId, signal),
    meta: { inlineErrors: true },
  });
}

export function useAgenda(query: AgendaQuery) {
  const session = useSession();
  return useQuery({
    queryKey: ['agenda', session.organization.id, query],
    queryFn: ({ signal }) => fetchAgenda(query, signal),
    placeholderData: keepPreviousData,
    meta: { inlineErrors: true },
  });
}

export function useProgramIntensity(programId: string, months = 6) {
  return useQuery({
    queryKey: ['program-intensity', programId, months],
    queryFn: ({ signal }) => fetchIntensity(programId, months, signal),
    meta: { inlineErrors: true },
  });
}

/** The organization's sites, to hold an appointment in person. */
export function useSites() {
  const session = useSession();
  return useQuery({
    queryKey: ['organization', session.organization.id],
    queryFn: ({ signal }) => call(myOrganizationRoute, { signal }),
    select: (data) => data.sites,
    meta: { inlineErrors: true },
  });
}

/** Any change moves the person's list, the agenda, the caseload's signals and the timeline. */
async function refresh(queryClient: ReturnType<typeof useQueryClient>, personId: string) {
  await queryClient.invalidateQueries({ queryKey: ['follow-up', personId] });
  await queryClient.invalidateQueries({ queryKey: ['agenda'] });
  await queryClient.invalidateQueries({ queryKey: ['timeline'] });
}

export function useScheduleAppointment(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AppointmentInput) => call(scheduleAppointmentRoute, { body }),
    meta: { inlineErrors: true },
    onSuccess: () => refresh(queryClient, personId),
  });
}

export function useRescheduleAppointment(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { appointmentId: string; startsAt: string; durationMinutes: number }) =>
      call(rescheduleAppointmentRoute, {
        params: { id: input.appointmentId },
        body: { startsAt: input.startsAt, durationMinutes: input.durationMinutes },
      }),
    meta: { inlineErrors: true },
    onSuccess: () => refresh(queryClient, personId),
  });
}

export function useRecordOutcome(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { appointmentId: string; status: 'held' | 'missed' }) =>
      call(recordOutcomeRoute, { params: { id: input.appointmentId }, body: { status: input.status } }),
    meta: { inlineErrors: true },
    onSuccess: () => refresh(queryClient, personId),
  });
}

export function useCancelAppointment(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { appointmentId: string; reason: string | null }) =>
      call(cancelAppointmentRoute, { params: { id: input.appointmentId }, body: { reason: input.reason } }),
    meta: { inlineErrors: true },
    onSuccess: () => refresh(queryClient, personId),
  });
}

export function useWriteNote(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NoteInput) => call(writeNoteRoute, { body }),
    meta: { inlineErrors: true },
    onSuccess: () => refresh(queryClient, personId),
  });
}

export function useEditNote(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { noteId: string; body: CallPart<typeof editNoteRoute, 'body'> }) =>
      call(editNoteRoute, { params: { id: input.noteId }, body: input.body }),
    meta: { inlineErrors: true },
    onSuccess: () => refresh(queryClient, personId),
  });
}
