import { Alert, Button, Paper, Radio, Stack, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  getSecondFactorPolicyRoute,
  setSecondFactorPolicyRoute,
} from '../../../contracts/staff-lifecycle.js';
import {
  type SecondFactorPolicy,
  secondFactorPolicies,
} from '../../../modules/organizations/domain/second-factor-policy.js';
import { call } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import { QueryState } from '../../components/QueryState.js';
import { useReauthentication } from '../../components/ReauthDialog.js';
import { notify } from '../../notify.js';

const policyKey = ['organization', 'second-factor-policy'] as const;

/** Who must log in with a second factor (ASVS 6.3.2), for directors and administrators. */
export function SecondFactorPolicyPanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { withReauthentication, dialog } = useReauthentication();
  const policy = useQuery({
    queryKey: policyKey,
    queryFn: ({ signal }) => call(getSecondFactorPolicyRoute, { signal }),
    meta: { inlineErrors: true },
  });
  const [choice, setChoice] = useState<SecondFactorPolicy | null>(null);
  const selected = choice ?? policy.data?.requiredFor ?? null;
  const save = useMutation({
    mutationFn: (requiredFor: SecondFactorPolicy) =>
      withReauthentication(() => call(setSecondFactorPolicyRoute, { body: { requiredFor } })),
    onSuccess: async () => {
      notify({ color: 'green', message: t('staffLifecycle.policy.saved') });
      setChoice(null);
      await queryClient.invalidateQueries({ queryKey: policyKey });
    },
    meta: { inlineErrors: true },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selected) save.mutate(selected);
  };
  return (
    <Paper withBorder p="md">
      {dialog}
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('staffLifecycle.policy.title')}
          </Title>
          <QueryState isPending={policy.isPending} error={policy.error} onRetry={() => policy.refetch()}>
            <Radio.Group
              label={t('staffLifecycle.policy.label')}
              description={t('staffLifecycle.policy.intro')}
              value={selected ?? ''}
              onChange={(value) => setChoice(value as SecondFactorPolicy)}
            >
              <Stack gap="xs" mt="xs">
                {secondFactorPolicies.map((value) => (
                  <Radio key={value} value={value} label={t(`staffLifecycle.policy.${value}`)} />
                ))}
              </Stack>
            </Radio.Group>
          </QueryState>
          {save.error ? (
            <Alert color="red" role="alert">
              {errorMessage(save.error)}
            </Alert>
          ) : null}
          <Button type="submit" loading={save.isPending} disabled={!selected}>
            {t('staffLifecycle.policy.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
