import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmPasswordResetRoute } from '../../../contracts/accounts.js';
import { call } from '../../api/client.js';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { PageTitle } from '../../components/PageTitle.js';
import { AuthFrame } from './AuthFrame.js';

const route = getRouteApi('/reset-password');

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const confirm = useMutation({
    mutationFn: () => call(confirmPasswordResetRoute, { body: { token: token ?? '', password } }),
    meta: { inlineErrors: true },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const differ = password !== repeat;
    setMismatch(differ);
    if (!differ) confirm.mutate();
  };
  const fieldErrors = fieldErrorsOf(confirm.error);
  return (
    <AuthFrame>
      <form onSubmit={submit} noValidate>
        <PageTitle title={t('reset.confirmTitle')} />
        <Stack>
          {!token ? (
            <Alert color="red" role="alert">
              {t('reset.missingToken')}
            </Alert>
          ) : null}
          {confirm.isSuccess ? (
            <Alert color="green" role="status">
              {t('reset.done')}
            </Alert>
          ) : null}
          {confirm.error ? (
            <Alert color="red" role="alert" title={t('app.errorTitle')}>
              {errorMessage(confirm.error)}
            </Alert>
          ) : null}
          <PasswordInput
            label={t('reset.newPassword')}
            description={t('reset.passwordHint')}
            autoComplete="new-password"
            required
            value={password}
            error={fieldErrors.password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <PasswordInput
            label={t('reset.repeatPassword')}
            autoComplete="new-password"
            required
            value={repeat}
            error={mismatch ? t('reset.mismatch') : undefined}
            onChange={(event) => setRepeat(event.currentTarget.value)}
          />
          <Button type="submit" loading={confirm.isPending} disabled={!token || confirm.isSuccess}>
            {t('reset.submit')}
          </Button>
          <Anchor
            size="sm"
            renderRoot={(props) => <Link to="/login" search={{ next: undefined }} {...props} />}
          >
            {t('login.backToLogin')}
          </Anchor>
        </Stack>
      </form>
    </AuthFrame>
  );
}
