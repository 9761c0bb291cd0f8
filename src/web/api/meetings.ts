import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Output } from '../../contracts/define.js';
import {
  addActionRoute,
  addDocumentRoute,
  changeActionStatusRoute,
  changeMeetingRoute,
  createMeetingRoute,
  listMeetingsRoute,
  openActionsRoute,
  readMeetingRoute,
  recordAttendanceRoute,
  recordPartnerAttendeesRoute,
  writeMinutesRoute,
} from '../../contracts/meetings.js';
import { followUpRoles, type Role } from '../../core/auth/roles.js';
import { type CallPart, call } from './client.js';
import { useSession } from './session.js';

export { actionStatuses, attendanceStatuses, meetingKinds } from '../../contracts/meetings.js';
export type MeetingList = Output<typeof listMeetingsRoute>;
export type MeetingSummary = MeetingList['items'][number];
export type MeetingView = Output<typeof readMeetingRoute>;
export type MeetingActionView = MeetingView['actions'][number];
export type CreateMeetingBody = CallPart<typeof createMeetingRoute, 'body'>;
export type MeetingDetailsBody = CallPart<typeof changeMeetingRoute, 'body'>;
export type OpenActionsFilters = CallPart<typeof openActionsRoute, 'query'>;

/** Who takes part in a consortium's meetings (the server checks the same list). */
export const mayAttendMeetings = (role: Role) => followUpRoles.includes(role);

export function useMeetings() {
  const session = useSession();
  return useQuery({
    queryKey: ['meetings', session.organization.id],
    queryFn: ({ signal }) => call(listMeetingsRoute, { query: {}, signal }),
    meta: { inlineErrors: true },
  });
}

export function useMeeting(meetingId: string) {
  return useQuery({
    queryKey: ['meeting', meetingId],
    queryFn: ({ signal }) => call(readMeetingRoute, { params: { id: meetingId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function useOpenActions(filters: OpenActionsFilters) {
  const session = useSession();
  return useQuery({
    queryKey: ['meeting-actions', session.organization.id, filters],
    queryFn: ({ signal }) => call(openActionsRoute, { query: filters, signal }),
    meta: { inlineErrors: true },
  });
}

/** After any change: the meetings, the meeting and the open actions read again. */
function useMeetingMutation<V, R>(run: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['meetings'] }),
        queryClient.invalidateQueries({ queryKey: ['meeting'] }),
        queryClient.invalidateQueries({ queryKey: ['meeting-actions'] }),
      ]),
  });
}

export const useCreateMeeting = () =>
  useMeetingMutation((body: CreateMeetingBody) => call(createMeetingRoute, { body }));
export const useChangeMeeting = (meetingId: string) =>
  useMeetingMutation((body: MeetingDetailsBody) =>
    call(changeMeetingRoute, { params: { id: meetingId }, body }),
  );
export const useRecordAttendance = (meetingId: string) =>
  useMeetingMutation((body: CallPart<typeof recordAttendanceRoute, 'body'>) =>
    call(recordAttendanceRoute, { params: { id: meetingId }, body }),
  );
export const useRecordPartnerAttendees = (meetingId: string) =>
  useMeetingMutation((body: CallPart<typeof recordPartnerAttendeesRoute, 'body'>) =>
    call(recordPartnerAttendeesRoute, { params: { id: meetingId }, body }),
  );
export const useWriteMinutes = (meetingId: string) =>
  useMeetingMutation((body: CallPart<typeof writeMinutesRoute, 'body'>) =>
    call(writeMinutesRoute, { params: { id: meetingId }, body }),
  );
export const useAddAction = (meetingId: string) =>
  useMeetingMutation((body: CallPart<typeof addActionRoute, 'body'>) =>
    call(addActionRoute, { params: { id: meetingId }, body }),
  );
export const useAddDocument = (meetingId: string) =>
  useMeetingMutation((body: CallPart<typeof addDocumentRoute, 'body'>) =>
    call(addDocumentRoute, { params: { id: meetingId }, body }),
  );
export const useChangeActionStatus = () =>
  useMeetingMutation(
    ({ actionId, ...body }: { actionId: string } & CallPart<typeof changeActionStatusRoute, 'body'>) =>
      call(changeActionStatusRoute, { params: { id: actionId }, body }),
  );
