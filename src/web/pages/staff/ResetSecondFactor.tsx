import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resetStaffSecondFactorRoute } from '../../../contracts/staff-lifecycle.js';
import { type IdentityCheck, identityChecks } from '../../../modules/accounts/domain/identity-checks.js';
import { call } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import { useReauthentication } from '../../components/ReauthDialog.js';
import { notify } from '../../notify.js';

/**
 * A colleague lost the phone holding their authenticator app: after checking who they are, a director
 * or administrator removes it; the colleague sets up a new one at the next login.
 */
export function ResetSecondFactor({ userId, name }: { userId: string; name: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { withReauthentication, dialog } = useReauthentication();
  const [open, setOpen] = useState(false);
  const [identityCheck, setIdentityCheck] = useState<IdentityCheck | null>(null);
  const reset = useMutation({
    mutationFn: (check: IdentityCheck) =>
      withReauthentication(() =>
        call(resetStaffSecondFactorRoute, { params: { userId }, body: { identityCheck: check } }),
      ),
    onSuccess: async () => {
      setOpen(false);
      setIdentityCheck(null);
      notify({ color: 'green', message: t('staffLifecycle.resetSecondFactor.done', { name }) });
      await queryClient.invalidateQueries({ queryKey: ['staff'] });
    },
    meta: { inlineErrors: true },
  });
  return (
    <>
      {dialog}
      <Button
        size="xs"
        variant="default"
        aria-label={t('staffLifecycle.resetSecondFactor.label', { name })}
        onClick={() => setOpen(true)}
      >
        {t('staffLifecycle.resetSecondFactor.button')}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('staffLifecycle.resetSecondFactor.title', { name })}
      >
        <Stack gap="sm">
          <Text size="sm">{t('staffLifecycle.resetSecondFactor.intro')}</Text>
          <Radio.Group
            label={t('staffLifecycle.resetSecondFactor.how')}
            required
            value={identityCheck}
            onChange={(value) => setIdentityCheck(value as IdentityCheck)}
          >
            <Stack gap="xs" mt="xs">
              {identityChecks.map((check) => (
                <Radio
                  key={check}
                  value={check}
                  label={t(`staffLifecycle.resetSecondFactor.checks.${check}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          {reset.error ? (
            <Alert color="red" role="alert">
              {errorMessage(reset.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('app.cancel')}
            </Button>
            <Button
              disabled={identityCheck === null}
              loading={reset.isPending}
              onClick={() => identityCheck && reset.mutate(identityCheck)}
            >
              {t('staffLifecycle.resetSecondFactor.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
