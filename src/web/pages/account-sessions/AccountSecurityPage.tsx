import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  beginSecondFactorChangeRoute,
  changePasswordRoute,
  confirmSecondFactorChangeRoute,
  endOtherSessionsRoute,
  endSessionRoute,
  listActiveSessionsRoute,
} from '../../../contracts/accounts.js';
import type { Output } from '../../../contracts/define.js';
import { call } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import { sessionQuery, useSession } from '../../api/session.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QrCode } from '../../components/QrCode.js';
import { QueryState } from '../../components/QueryState.js';
import { useReauthentication } from '../../components/ReauthDialog.js';
import { formatDateTime } from '../../format.js';
import { notify } from '../../notify.js';
import { okGreen } from '../../status-colors.js';

const sessionsKey = ['account', 'sessions'] as const;

/** The account's own security: where it is logged in (ending sessions), and its authenticator app. */
export function AccountSecurityPage() {
  const { t } = useTranslation();
  const sessions = useQuery({
    queryKey: sessionsKey,
    queryFn: ({ signal }) => call(listActiveSessionsRoute, { signal }),
    meta: { inlineErrors: true },
  });
  return (
    <>
      <PageTitle
        title={t('accountSecurity.title')}
        intro={
          sessions.data
            ? t('accountSecurity.intro', {
                idle: sessions.data.idleMinutes,
                absolute: sessions.data.absoluteHours,
              })
            : undefined
        }
      />
      <Stack gap="xl">
        <QueryState isPending={sessions.isPending} error={sessions.error} onRetry={() => sessions.refetch()}>
          {sessions.data ? <SessionList items={sessions.data.items} /> : null}
        </QueryState>
        <PasswordSection />
        <SecondFactorSection />
      </Stack>
    </>
  );
}

type ActiveSession = Output<typeof listActiveSessionsRoute>['items'][number];

function SessionList({ items }: { items: ActiveSession[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: sessionsKey });
  const end = useMutation({
    mutationFn: (sessionId: string) => call(endSessionRoute, { params: { sessionId } }),
    onSuccess: async () => {
      notify({ color: 'green', message: t('accountSecurity.sessions.ended') });
      await refresh();
    },
  });
  const endOthers = useMutation({
    mutationFn: () => call(endOtherSessionsRoute),
    onSuccess: async (result) => {
      notify({ color: 'green', message: t('accountSecurity.sessions.endedOthers', { count: result.ended }) });
      await refresh();
    },
  });
  const deviceOf = (session: ActiveSession) =>
    session.device.browser && session.device.system
      ? t('accountSecurity.sessions.deviceOn', {
          browser: session.device.browser,
          system: session.device.system,
        })
      : (session.device.browser ?? session.device.system ?? t('accountSecurity.sessions.unknownDevice'));
  const others = items.filter((session) => !session.current);

  return (
    <section aria-labelledby="open-sessions">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h3" id="open-sessions">
          {t('accountSecurity.sessions.title')}
        </Title>
        {others.length > 0 ? (
          <Button
            variant="light"
            color="red"
            loading={endOthers.isPending}
            onClick={() => endOthers.mutate()}
          >
            {t('accountSecurity.sessions.endOthers')}
          </Button>
        ) : null}
      </Group>
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((session) => (
          <Paper component="li" key={session.id} withBorder p="sm">
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
              <Stack gap={2}>
                <Group gap="xs">
                  <Text fw={600}>{deviceOf(session)}</Text>
                  {session.current ? (
                    <Badge color={okGreen} variant="filled" tt="none">
                      {t('accountSecurity.sessions.current')}
                    </Badge>
                  ) : null}
                </Group>
                <Text size="sm">
                  {t('accountSecurity.sessions.started', { date: formatDateTime(session.createdAt) })} ·{' '}
                  {t('accountSecurity.sessions.lastSeen', { date: formatDateTime(session.lastSeenAt) })}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('accountSecurity.sessions.method', {
                    method:
                      session.method === 'single_sign_on'
                        ? t('accountSecurity.sessions.methodSso')
                        : t('accountSecurity.sessions.methodPassword'),
                  })}
                </Text>
              </Stack>
              {session.current ? null : (
                <Button
                  variant="default"
                  size="xs"
                  aria-label={t('accountSecurity.sessions.endLabel', {
                    device: deviceOf(session),
                    lastSeen: formatDateTime(session.lastSeenAt),
                  })}
                  loading={end.isPending && end.variables === session.id}
                  onClick={() => end.mutate(session.id)}
                >
                  {t('accountSecurity.sessions.end')}
                </Button>
              )}
            </Group>
          </Paper>
        ))}
      </Stack>
      {others.length === 0 ? (
        <Text size="sm" mt="sm">
          {t('accountSecurity.sessions.empty')}
        </Text>
      ) : null}
    </section>
  );
}

function SecondFactorSection() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const { withReauthentication, dialog } = useReauthentication();
  const [draft, setDraft] = useState<{ secret: string; otpauthUri: string } | null>(null);
  const [code, setCode] = useState('');
  const [codeInvalid, setCodeInvalid] = useState(false);
  const begin = useMutation({
    mutationFn: () => withReauthentication(() => call(beginSecondFactorChangeRoute)),
    onSuccess: (result) => {
      setDraft(result);
      setCode('');
    },
  });
  const confirm = useMutation({
    mutationFn: () => withReauthentication(() => call(confirmSecondFactorChangeRoute, { body: { code } })),
    onSuccess: async (result) => {
      notify({
        color: 'green',
        message: t('accountSecurity.secondFactor.changed', { count: result.endedSessions }),
      });
      setDraft(null);
      await queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
      await queryClient.invalidateQueries({ queryKey: sessionsKey });
    },
    meta: { inlineErrors: true },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code)) {
      setCodeInvalid(true);
      return;
    }
    setCodeInvalid(false);
    confirm.mutate();
  };
  return (
    <section aria-labelledby="second-factor">
      {dialog}
      <Title order={2} size="h3" id="second-factor" mb="sm">
        {t('accountSecurity.secondFactor.title')}
      </Title>
      <Stack gap="sm">
        <Text>
          {session.secondFactorEnabled
            ? t('accountSecurity.secondFactor.enabled')
            : t('accountSecurity.secondFactor.disabled')}
        </Text>
        {draft ? (
          <form onSubmit={submit} noValidate>
            <Stack gap="sm" maw={520}>
              <Text size="sm">{t('accountSecurity.secondFactor.newAppIntro')}</Text>
              <QrCode text={draft.otpauthUri} alt={t('login.qrAlt')} />
              <Text size="sm" fw={600}>
                {t('login.secret')}
              </Text>
              <Code block>{draft.secret}</Code>
              {confirm.error ? (
                <Alert color="red" role="alert" title={t('app.errorTitle')}>
                  {errorMessage(confirm.error)}
                </Alert>
              ) : null}
              <TextInput
                label={t('login.code')}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                value={code}
                onChange={(event) => setCode(event.currentTarget.value.replace(/\D/g, ''))}
                error={codeInvalid ? t('login.codeInvalid') : undefined}
              />
              <Group>
                <Button type="submit" loading={confirm.isPending}>
                  {t('accountSecurity.secondFactor.confirm')}
                </Button>
                <Button variant="default" onClick={() => setDraft(null)}>
                  {t('app.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Group>
            <Button variant="light" loading={begin.isPending} onClick={() => begin.mutate()}>
              {session.secondFactorEnabled
                ? t('accountSecurity.secondFactor.replace')
                : t('accountSecurity.secondFactor.setUp')}
            </Button>
          </Group>
        )}
      </Stack>
    </section>
  );
}

/**
 * Changing one's password: the current one proves it is the owner; the server's policy answers in
 * the person's language (too short, too long, breached) and the other sessions end.
 */
function PasswordSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: () => call(changePasswordRoute, { body: { currentPassword, newPassword } }),
    onSuccess: async (result) => {
      notify({
        color: 'green',
        message: t('accountSecurity.password.changed', { count: result.endedSessions }),
      });
      setCurrentPassword('');
      setNewPassword('');
      setConfirmation('');
      await queryClient.invalidateQueries({ queryKey: sessionsKey });
    },
    meta: { inlineErrors: true },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const differs = newPassword !== confirmation;
    setMismatch(differs);
    if (!differs) change.mutate();
  };
  return (
    <section aria-labelledby="password-change">
      <Title order={2} size="h3" id="password-change" mb="sm">
        {t('accountSecurity.password.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={520}>
          <Text size="sm">{t('accountSecurity.password.intro')}</Text>
          {change.error ? (
            <Alert color="red" role="alert" title={t('app.errorTitle')}>
              {errorMessage(change.error)}
            </Alert>
          ) : null}
          <PasswordInput
            label={t('accountSecurity.password.current')}
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.currentTarget.value)}
          />
          <PasswordInput
            label={t('accountSecurity.password.new')}
            description={t('accountSecurity.password.rules')}
            autoComplete="new-password"
            required
            value={newPassword}
            onChange={(event) => setNewPassword(event.currentTarget.value)}
          />
          <PasswordInput
            label={t('accountSecurity.password.confirm')}
            autoComplete="new-password"
            required
            value={confirmation}
            error={mismatch ? t('accountSecurity.password.mismatch') : undefined}
            onChange={(event) => setConfirmation(event.currentTarget.value)}
          />
          <Group>
            <Button type="submit" loading={change.isPending}>
              {t('accountSecurity.password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
