import { Alert, Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reauthenticateRoute, startSingleSignOnRoute } from '../../contracts/accounts.js';
import { ApiError, call } from '../api/client.js';
import { errorMessage } from '../api/errors.js';
import { useSession } from '../api/session.js';

/** What the API says with 403 REAUTHENTICATION_REQUIRED: how this session proves who it is again. */
interface ReauthenticationDetails {
  method?: 'password' | 'single_sign_on';
  secondFactor?: boolean;
}

export function isReauthenticationRequired(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'REAUTHENTICATION_REQUIRED';
}

interface Pending {
  details: ReauthenticationDetails;
  resolve: () => void;
  reject: (error: unknown) => void;
  error: unknown;
}

/**
 * For sensitive actions (changing the second factor, exporting a person's file): `withReauthentication`
 * runs the action and, when the API answers REAUTHENTICATION_REQUIRED, asks for the password (and the
 * code when the account has a second factor) in a dialog, proves it, then runs the action again.
 * Render `dialog` once in the page. Cancelling rejects with the API's error.
 */
export function useReauthentication(): {
  withReauthentication: <T>(action: () => Promise<T>) => Promise<T>;
  dialog: ReactNode;
} {
  const [pending, setPending] = useState<Pending | null>(null);
  const pendingRef = useRef<Pending | null>(null);
  pendingRef.current = pending;

  const withReauthentication = useCallback(async <T,>(action: () => Promise<T>): Promise<T> => {
    try {
      return await action();
    } catch (error) {
      if (!isReauthenticationRequired(error)) throw error;
      await new Promise<void>((resolve, reject) =>
        setPending({ details: (error.details ?? {}) as ReauthenticationDetails, resolve, reject, error }),
      );
      return action();
    }
  }, []);

  const close = (proven: boolean) => {
    const current = pendingRef.current;
    setPending(null);
    if (!current) return;
    if (proven) current.resolve();
    else current.reject(current.error);
  };

  return {
    withReauthentication,
    dialog: pending ? (
      <ReauthDialog details={pending.details} onProven={() => close(true)} onCancel={() => close(false)} />
    ) : null,
  };
}

function ReauthDialog({
  details,
  onProven,
  onCancel,
}: {
  details: ReauthenticationDetails;
  onProven: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [codeInvalid, setCodeInvalid] = useState(false);
  const withCode = details.secondFactor === true;
  const prove = useMutation({
    mutationFn: () => call(reauthenticateRoute, { body: { password, ...(withCode ? { code } : {}) } }),
    onSuccess: onProven,
    meta: { inlineErrors: true },
  });
  const singleSignOn = useMutation({
    mutationFn: async () => {
      const { pathname, search } = window.location;
      const { authorizationUrl } = await call(startSingleSignOnRoute, {
        body: { email: session.user.email, next: `${pathname}${search}` },
      });
      window.location.assign(authorizationUrl);
    },
    meta: { inlineErrors: true },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (withCode && !/^\d{6}$/.test(code)) {
      setCodeInvalid(true);
      return;
    }
    setCodeInvalid(false);
    prove.mutate();
  };
  const error = prove.error ?? singleSignOn.error;
  return (
    <Modal.Root opened onClose={onCancel} centered>
      <Modal.Overlay />
      <Modal.Content>
        {/* A <header> inside the dialog would be a second page banner for assistive technology. */}
        <Modal.Header component="div">
          <Modal.Title>{t('accountSecurity.reauth.title')}</Modal.Title>
          <Modal.CloseButton aria-label={t('app.close')} />
        </Modal.Header>
        <Modal.Body>
          <form onSubmit={submit} noValidate>
            <Stack>
              <Text size="sm">
                {withCode ? t('accountSecurity.reauth.introWithCode') : t('accountSecurity.reauth.intro')}
              </Text>
              {error ? (
                <Alert color="red" role="alert" title={t('app.errorTitle')}>
                  {errorMessage(error)}
                </Alert>
              ) : null}
              <PasswordInput
                label={t('accountSecurity.reauth.password')}
                autoComplete="current-password"
                required
                data-autofocus
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
              />
              {withCode ? (
                <TextInput
                  label={t('accountSecurity.reauth.code')}
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  maxLength={6}
                  required
                  value={code}
                  onChange={(event) => setCode(event.currentTarget.value.replace(/\D/g, ''))}
                  error={codeInvalid ? t('accountSecurity.reauth.codeInvalid') : undefined}
                />
              ) : null}
              <Group justify="flex-end">
                <Button variant="default" onClick={onCancel}>
                  {t('app.cancel')}
                </Button>
                <Button type="submit" loading={prove.isPending}>
                  {t('accountSecurity.reauth.submit')}
                </Button>
              </Group>
              {details.method === 'single_sign_on' ? (
                <Stack gap="xs">
                  <Text size="sm">{t('accountSecurity.reauth.ssoIntro')}</Text>
                  <Button
                    variant="light"
                    loading={singleSignOn.isPending}
                    onClick={() => singleSignOn.mutate()}
                  >
                    {t('accountSecurity.reauth.sso')}
                  </Button>
                </Stack>
              ) : null}
            </Stack>
          </form>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
