import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { staffMember } from '../../../contracts/accounts.js';
import {
  deactivateStaffRoute,
  endStaffSessionsRoute,
  reactivateStaffRoute,
} from '../../../contracts/staff-lifecycle.js';
import { call } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import { useReauthentication } from '../../components/ReauthDialog.js';
import { notify } from '../../notify.js';
import { ResetSecondFactor } from './ResetSecondFactor.js';

type Member = ReturnType<typeof staffMember.parse>;

/**
 * What a director or administrator does for a colleague who leaves (deactivate, reactivate) or whose
 * sessions must end (a lost phone). Each asks a recent proof of identity, through the dialog.
 */
export function StaffActions({ member }: { member: Member }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { withReauthentication, dialog } = useReauthentication();
  const [confirming, setConfirming] = useState(false);
  const name = member.displayName;
  const params = { userId: member.userId };
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['staff'] });
  const deactivate = useMutation({
    mutationFn: () => withReauthentication(() => call(deactivateStaffRoute, { params })),
    onSuccess: async (result) => {
      setConfirming(false);
      notify({
        color: 'green',
        message: t('staffLifecycle.deactivated', { name, count: result.endedSessions }),
      });
      await refresh();
    },
    meta: { inlineErrors: true },
  });
  const reactivate = useMutation({
    mutationFn: () => withReauthentication(() => call(reactivateStaffRoute, { params })),
    onSuccess: async () => {
      notify({ color: 'green', message: t('staffLifecycle.reactivated', { name }) });
      await refresh();
    },
  });
  const endSessions = useMutation({
    mutationFn: () => withReauthentication(() => call(endStaffSessionsRoute, { params })),
    onSuccess: (result) =>
      notify({
        color: 'green',
        message: t('staffLifecycle.sessionsEnded', { name, count: result.endedSessions }),
      }),
  });
  return (
    <>
      {dialog}
      <Group gap="xs" wrap="wrap">
        {member.disabled ? (
          <Button
            size="xs"
            variant="light"
            aria-label={t('staffLifecycle.reactivateLabel', { name })}
            loading={reactivate.isPending}
            onClick={() => reactivate.mutate()}
          >
            {t('staffLifecycle.reactivate')}
          </Button>
        ) : (
          <>
            <Button
              size="xs"
              variant="default"
              aria-label={t('staffLifecycle.endSessionsLabel', { name })}
              loading={endSessions.isPending}
              onClick={() => endSessions.mutate()}
            >
              {t('staffLifecycle.endSessions')}
            </Button>
            {member.secondFactorEnabled ? <ResetSecondFactor userId={member.userId} name={name} /> : null}
            <Button
              size="xs"
              color="red"
              variant="light"
              aria-label={t('staffLifecycle.deactivateLabel', { name })}
              onClick={() => setConfirming(true)}
            >
              {t('staffLifecycle.deactivate')}
            </Button>
          </>
        )}
      </Group>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('staffLifecycle.confirmTitle', { name })}
      >
        <Stack gap="sm">
          <Text size="sm">{t('staffLifecycle.confirmText')}</Text>
          {deactivate.error ? (
            <Alert color="red" role="alert">
              {errorMessage(deactivate.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('app.cancel')}
            </Button>
            <Button color="red" loading={deactivate.isPending} onClick={() => deactivate.mutate()}>
              {t('staffLifecycle.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
