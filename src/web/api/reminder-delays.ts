import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Output } from '../../contracts/define.js';
import {
  organizationReminderDelaysRoute,
  setOrganizationReminderDelaysRoute,
} from '../../contracts/reminder-delays.js';
import {
  reminderDelayBounds,
  reminderDelayRoles,
} from '../../modules/organizations/domain/reminder-delays.js';
import { call } from './client.js';
import { useSession } from './session.js';

export { reminderDelayBounds, reminderDelayRoles };
export type ReminderDelays = Output<typeof organizationReminderDelaysRoute>;

/** The organization's reminder delays for referrals and hand-offs (days). */
export function useReminderDelays() {
  const session = useSession();
  return useQuery({
    queryKey: ['reminder-delays', session.organization.id],
    queryFn: ({ signal }) => call(organizationReminderDelaysRoute, { signal }),
    meta: { inlineErrors: true },
  });
}

export function useSetReminderDelays() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { referralDays: number; handoffDays: number }) =>
      call(setOrganizationReminderDelaysRoute, { body }),
    meta: { inlineErrors: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['reminder-delays'] });
      await queryClient.invalidateQueries({ queryKey: ['referral-figures'] });
      await queryClient.invalidateQueries({ queryKey: ['handoff-figures'] });
    },
  });
}
