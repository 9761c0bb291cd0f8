import { Alert, Anchor, Button, Code, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useRouter } from '@tanstack/react-router';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  loginRoute,
  secondFactorRoute,
  startSingleSignOnRoute,
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
  const { next, sso, ssoError } = route.useSearch();
  const router = useRouter();
  const queryClient = useQueryClient();
  // Back from the organization's identity provider, the second factor may remain to be given.
  const [step, setStep] = useState<Step>(sso === 'required' ? { kind: 'code' } : { kind: 'password' });
  useEffect(() => {
    if (sso !== 'setup_required') return;
    void call(totpSetupRoute).then((setup) => setStep({ kind: 'setup', ...setup }));
  }, [sso]);

  const enter = async () => {
    await queryClient.invalidateQueries({ queryKey: ['session'] });
    router.history.push(safeNext(next));
  };

  return (
    <AuthFrame>
      {step.kind === 'password' ? (
        <PasswordStep
          next={next}
          ssoError={ssoError}
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

/** Why a sign-in through the organization's identity provider came back without a session. */
function useSingleSignOnErrorText(code: string | undefined): string | null {
  const { t } = useTranslation();
  switch (code) {
    case undefined:
      return null;
    case 'SINGLE_SIGN_ON_NO_ACCOUNT':
      return t('accountSecurity.sso.errors.SINGLE_SIGN_ON_NO_ACCOUNT');
    case 'SINGLE_SIGN_ON_UNAVAILABLE':
      return t('accountSecurity.sso.errors.SINGLE_SIGN_ON_UNAVAILABLE');
    case 'IDENTITY_PROVIDER_UNREACHABLE':
      return t('accountSecurity.sso.errors.IDENTITY_PROVIDER_UNREACHABLE');
    case 'SINGLE_SIGN_ON_FAILED':
      return t('accountSecurity.sso.errors.SINGLE_SIGN_ON_FAILED');
    default:
      return t('accountSecurity.sso.errors.other');
  }
}

function PasswordStep({
  next,
  ssoError,
  onDone,
}: {
  next: string | undefined;
  ssoError: string | undefined;
  onDone: (secondFactor: 'none' | 'required' | 'setup_required') => Promise<void>;
}) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [ssoNeedsEmail, setSsoNeedsEmail] = useState(false);
  const ssoErrorText = useSingleSignOnErrorText(ssoError);
  const login = useMutation({
    mutationFn: async () => {
      const result = await call(loginRoute, { body: { email: email.trim(), password } });
      await onDone(result.secondFactor);
    },
    meta: { inlineErrors: true },
  });
  const singleSignOn = useMutation({
    mutationFn: async () => {
      const { authorizationUrl } = await call(startSingleSignOnRoute, {
        body: { email: email.trim(), next: safeNext(next) },
      });
      window.location.assign(authorizationUrl);
    },
    meta: { inlineErrors: true },
  });
  const startSingleSignOn = () => {
    setSsoNeedsEmail(!email.trim());
    if (email.trim()) singleSignOn.mutate();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <PageTitle title={t('login.title')} intro={t('login.intro')} />
      <Stack>
        {login.error || singleSignOn.error ? (
          <Alert color="red" role="alert" title={t('app.errorTitle')}>
            {errorMessage(login.error ?? singleSignOn.error)}
          </Alert>
        ) : ssoErrorText ? (
          <Alert color="red" role="alert" title={t('app.errorTitle')}>
            {ssoErrorText}
          </Alert>
        ) : null}
        <TextInput
          label={t('login.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={ssoNeedsEmail ? t('accountSecurity.sso.needsEmail') : undefined}
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
        <Button variant="default" loading={singleSignOn.isPending} onClick={startSingleSignOn}>
          {t('accountSecurity.sso.button')}
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
