import { Alert, Anchor, Button, Code, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useRouter } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  loginRoute,
  secondFactorRoute,
  totpConfirmRoute,
  totpSetupRoute,
} from '../../../contracts/accounts.js';
import { call } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QrCode } from '../../components/QrCode.js';
import { AuthFrame, safeNext } from './AuthFrame.js';

const route = getRouteApi('/login');

type Step = { kind: 'password' } | { kind: 'code' } | { kind: 'setup'; secret: string; otpauthUri: string };

export function LoginPage() {
  const { t } = useTranslation();
  const { next } = route.useSearch();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>({ kind: 'password' });

  const enter = async () => {
    await queryClient.invalidateQueries({ queryKey: ['session'] });
    router.history.push(safeNext(next));
  };

  return (
    <AuthFrame>
      {step.kind === 'password' ? (
        <PasswordStep
          onDone={async (secondFactor) => {
            if (secondFactor === 'none') return enter();
            if (secondFactor === 'required') return setStep({ kind: 'code' });
            const setup = await call(totpSetupRoute);
            setStep({ kind: 'setup', ...setup });
          }}
        />
      ) : (
        <CodeStep setup={step.kind === 'setup' ? step : null} onDone={enter} />
      )}
      {step.kind === 'password' ? null : (
        <Text size="sm" mt="md">
          <Anchor component="button" type="button" onClick={() => setStep({ kind: 'password' })}>
            {t('login.backToLogin')}
          </Anchor>
        </Text>
      )}
    </AuthFrame>
  );
}

function PasswordStep({
  onDone,
}: {
  onDone: (secondFactor: 'none' | 'required' | 'setup_required') => Promise<void>;
}) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: async () => {
      const result = await call(loginRoute, { body: { email: email.trim(), password } });
      await onDone(result.secondFactor);
    },
    meta: { inlineErrors: true },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <PageTitle title={t('login.title')} intro={t('login.intro')} />
      <Stack>
        {login.error ? (
          <Alert color="red" role="alert" title={t('app.errorTitle')}>
            {errorMessage(login.error)}
          </Alert>
        ) : null}
        <TextInput
          label={t('login.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
        />
        <PasswordInput
          label={t('login.password')}
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <Button type="submit" loading={login.isPending}>
          {t('login.submit')}
        </Button>
        <Anchor size="sm" renderRoot={(props) => <Link to="/forgot-password" {...props} />}>
          {t('login.forgot')}
        </Anchor>
      </Stack>
    </form>
  );
}

function CodeStep({
  setup,
  onDone,
}: {
  setup: { secret: string; otpauthUri: string } | null;
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);
  const verify = useMutation({
    mutationFn: async () => {
      await call(setup ? totpConfirmRoute : secondFactorRoute, { body: { code } });
      await onDone();
    },
    meta: { inlineErrors: true },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    verify.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <PageTitle
        title={setup ? t('login.setupTitle') : t('login.secondFactorTitle')}
        intro={setup ? t('login.setupIntro') : t('login.secondFactorIntro')}
      />
      <Stack>
        {setup ? (
          <Stack gap="xs">
            <QrCode text={setup.otpauthUri} alt={t('login.qrAlt')} />
            <Text size="sm" fw={600}>
              {t('login.secret')}
            </Text>
            <Code block>{setup.secret}</Code>
            <Text size="sm" fw={600}>
              {t('login.otpauthUri')}
            </Text>
            <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
              {setup.otpauthUri}
            </Code>
          </Stack>
        ) : null}
        {verify.error ? (
          <Alert color="red" role="alert" title={t('app.errorTitle')}>
            {errorMessage(verify.error)}
          </Alert>
        ) : null}
        <TextInput
          label={t('login.code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          autoFocus
          value={code}
          onChange={(event) => setCode(event.currentTarget.value.replace(/\D/g, ''))}
          error={invalid ? t('login.codeInvalid') : undefined}
        />
        <Button type="submit" loading={verify.isPending}>
          {setup ? t('login.confirm') : t('login.verify')}
        </Button>
      </Stack>
    </form>
  );
}
