import { Alert, Button, Checkbox, Code, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getIdentityProviderRoute, setIdentityProviderRoute } from '../../../contracts/accounts.js';
import { call } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import { QueryState } from '../../components/QueryState.js';
import { useReauthentication } from '../../components/ReauthDialog.js';
import { notify } from '../../notify.js';

const providerKey = ['organization', 'identity-provider'] as const;

interface Draft {
  issuer: string;
  clientId: string;
  clientSecret: string;
  domains: string;
  secondFactorAcr: string;
  enabled: boolean;
}

/**
 * The organization's own sign-in (OpenID Connect), for administrators: its address, the client the
 * provider gave Passerelle, the e-mail domains it vouches for, and the acr that means "second factor
 * done". The server fetches the provider's discovery document before saving.
 */
export function IdentityProviderPanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { withReauthentication, dialog } = useReauthentication();
  const current = useQuery({
    queryKey: providerKey,
    queryFn: ({ signal }) => call(getIdentityProviderRoute, { signal }),
    meta: { inlineErrors: true },
  });
  const [draft, setDraft] = useState<Draft | null>(null);
  const stored = current.data?.identityProvider;
  const shown: Draft = draft ?? {
    issuer: stored?.issuer ?? '',
    clientId: stored?.clientId ?? '',
    clientSecret: '',
    domains: stored?.allowedEmailDomains.join(', ') ?? '',
    secondFactorAcr: stored?.secondFactorAcr ?? '',
    enabled: stored?.enabled ?? true,
  };
  const edit = (changes: Partial<Draft>) => setDraft({ ...shown, ...changes });
  const save = useMutation({
    mutationFn: (value: Draft) =>
      withReauthentication(() =>
        call(setIdentityProviderRoute, {
          body: {
            issuer: value.issuer.trim(),
            clientId: value.clientId.trim(),
            ...(value.clientSecret ? { clientSecret: value.clientSecret } : {}),
            allowedEmailDomains: value.domains
              .split(/[\s,;]+/)
              .map((domain) => domain.trim())
              .filter(Boolean),
            secondFactorAcr: value.secondFactorAcr.trim() || null,
            enabled: value.enabled,
          },
        }),
      ),
    onSuccess: async () => {
      notify({ color: 'green', message: t('staffLifecycle.identityProvider.saved') });
      setDraft(null);
      await queryClient.invalidateQueries({ queryKey: providerKey });
    },
    meta: { inlineErrors: true },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(shown);
  };
  return (
    <Paper withBorder p="md">
      {dialog}
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('staffLifecycle.identityProvider.title')}
          </Title>
          <Text size="sm">{t('staffLifecycle.identityProvider.intro')}</Text>
          <QueryState isPending={current.isPending} error={current.error} onRetry={() => current.refetch()}>
            <Text size="sm">
              {t('staffLifecycle.identityProvider.redirectUri')} <Code>{current.data?.redirectUri}</Code>
            </Text>
            <TextInput
              label={t('staffLifecycle.identityProvider.issuer')}
              placeholder="https://login.example.org/realms/staff"
              required
              type="url"
              value={shown.issuer}
              onChange={(event) => edit({ issuer: event.currentTarget.value })}
            />
            <TextInput
              label={t('staffLifecycle.identityProvider.clientId')}
              required
              value={shown.clientId}
              onChange={(event) => edit({ clientId: event.currentTarget.value })}
            />
            <TextInput
              label={t('staffLifecycle.identityProvider.clientSecret')}
              description={stored ? t('staffLifecycle.identityProvider.clientSecretKept') : undefined}
              type="password"
              autoComplete="off"
              required={!stored}
              value={shown.clientSecret}
              onChange={(event) => edit({ clientSecret: event.currentTarget.value })}
            />
            <TextInput
              label={t('staffLifecycle.identityProvider.domains')}
              description={t('staffLifecycle.identityProvider.domainsHelp')}
              required
              value={shown.domains}
              onChange={(event) => edit({ domains: event.currentTarget.value })}
            />
            <TextInput
              label={t('staffLifecycle.identityProvider.acr')}
              description={t('staffLifecycle.identityProvider.acrHelp')}
              value={shown.secondFactorAcr}
              onChange={(event) => edit({ secondFactorAcr: event.currentTarget.value })}
            />
            <Checkbox
              label={t('staffLifecycle.identityProvider.enabled')}
              checked={shown.enabled}
              onChange={(event) => edit({ enabled: event.currentTarget.checked })}
            />
          </QueryState>
          {save.error ? (
            <Alert color="red" role="alert">
              {errorMessage(save.error)}
            </Alert>
          ) : null}
          <Button type="submit" loading={save.isPending}>
            {t('staffLifecycle.identityProvider.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
