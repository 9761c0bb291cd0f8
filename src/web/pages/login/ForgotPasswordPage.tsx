import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestPasswordResetRoute } from '../../../contracts/accounts.js';
import { call } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import { PageTitle } from '../../components/PageTitle.js';
import { currentLanguage } from '../../i18n/index.js';
import { AuthFrame } from './AuthFrame.js';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const request = useMutation({
    mutationFn: () =>
      call(requestPasswordResetRoute, {
        // The e-mail itself exists in French and English.
        body: { email: email.trim(), locale: currentLanguage() === 'en' ? 'en' : 'fr' },
      }),
    meta: { inlineErrors: true },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate();
  };
  return (
    <AuthFrame>
      <form onSubmit={submit} noValidate>
        <PageTitle title={t('reset.requestTitle')} intro={t('reset.requestIntro')} />
        <Stack>
          {request.isSuccess ? (
            <Alert color="green" role="status">
              {t('reset.sent')}
            </Alert>
          ) : null}
          {request.error ? (
            <Alert color="red" role="alert" title={t('app.errorTitle')}>
              {errorMessage(request.error)}
            </Alert>
          ) : null}
          <TextInput
            label={t('login.email')}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
          />
          <Button type="submit" loading={request.isPending}>
            {t('reset.send')}
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
