import { Alert, Button, NativeSelect, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import { partnerKinds, usePublicConvening, usePublicRegister } from '../../api/network.js';
import { PageTitle } from '../../components/PageTitle.js';
import { currentLanguage } from '../../i18n/index.js';
import { okGreen } from '../../status-colors.js';
import { PublicShell } from './PublicShell.js';

const route = getRouteApi('/rencontre/$conveningId');

/** Hidden from people and from assistive technologies; robots fill it and are quietly ignored. */
const offScreen = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

/** Public: anyone with the link registers for a convening, in French, English or Arabic, no account. */
export function PublicRegistrationPage() {
  const { t } = useTranslation();
  const { conveningId } = route.useParams();
  const convening = usePublicConvening(conveningId);
  return (
    <PublicShell>
      {convening.isPending ? (
        <Text role="status">{t('app.loading')}</Text>
      ) : convening.error || !convening.data ? (
        <>
          <PageTitle title={t('network.public.closedTitle')} />
          <Alert color="red" role="alert">
            {convening.error instanceof ApiError && convening.error.status === 404
              ? t('network.public.closed')
              : errorMessage(convening.error)}
          </Alert>
        </>
      ) : (
        <RegistrationForm convening={convening.data} />
      )}
    </PublicShell>
  );
}

type PublicConvening = NonNullable<ReturnType<typeof usePublicConvening>['data']>;

function RegistrationForm({ convening }: { convening: PublicConvening }) {
  const { t } = useTranslation();
  const register = usePublicRegister(convening.id);
  const [draft, setDraft] = useState({
    name: '',
    email: '',
    partnerName: '',
    partnerKind: '',
    needs: '',
    website: '',
  });
  const [answer, setAnswer] = useState<'received' | 'full' | null>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (answer) answerRef.current?.focus();
  }, [answer]);
  const language = currentLanguage();
  const locale = language === 'ar' ? 'ar-u-nu-latn' : language === 'en' ? 'en-CA' : 'fr-CA';
  // In the convening's zone, whatever the browser's: a partner in another province reads the local time.
  const when = (iso: string) =>
    new Intl.DateTimeFormat(locale, {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: convening.timeZone,
    }).format(new Date(iso));
  const zone =
    new Intl.DateTimeFormat(locale, { timeZone: convening.timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(new Date(convening.startsAt))
      .find((p) => p.type === 'timeZoneName')?.value ?? convening.timeZone;
  const fields = register.error instanceof ApiError ? register.error.fieldErrors() : {};
  const set = (key: keyof typeof draft) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const orNull = (value: string) => value.trim() || null;
    try {
      const result = await register.mutateAsync({
        name: draft.name.trim(),
        email: draft.email.trim(),
        partnerName: orNull(draft.partnerName),
        partnerKind: (draft.partnerKind || null) as (typeof partnerKinds)[number] | null,
        needs: orNull(draft.needs),
        language: language === 'ar' || language === 'en' ? language : 'fr',
        ...(draft.website ? { website: draft.website } : {}),
      });
      setAnswer(result.status);
    } catch {
      // Shown above the form.
    }
  };
  return (
    <>
      <PageTitle
        title={t('network.public.registerTitle', { title: convening.title })}
        intro={t('network.public.organizer', { organization: convening.organizationName })}
      />
      <Stack gap="lg">
        <Paper withBorder p="md">
          <Text>
            <strong>{t('network.public.when')}: </strong>
            {when(convening.startsAt)}
            {convening.endsAt ? ` – ${when(convening.endsAt)}` : ''}
          </Text>
          <Text size="sm" c="dimmed">
            {t('network.public.timeZoneNote', { zone })}
          </Text>
          {convening.place ? (
            <Text>
              <strong>{t('network.public.where')}: </strong>
              {convening.place}
            </Text>
          ) : null}
          {convening.description ? (
            <Text mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
              {convening.description}
            </Text>
          ) : null}
          {convening.seatsLeft !== null ? (
            <Text mt="xs" fw={600}>
              {t('network.public.seatsLeft', { count: convening.seatsLeft })}
            </Text>
          ) : null}
        </Paper>
        {answer ? (
          <Alert
            ref={answerRef}
            tabIndex={-1}
            color={answer === 'received' ? okGreen : 'red'}
            variant="outline"
            role="status"
            title={answer === 'received' ? t('network.public.doneTitle') : t('network.public.closedTitle')}
          >
            {answer === 'received' ? t('network.public.done') : t('network.public.fullAnswer')}
          </Alert>
        ) : convening.seatsLeft === 0 ? (
          <Alert color="orange">{t('network.public.full')}</Alert>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack>
              {register.error ? (
                <Alert color="red" role="alert">
                  {errorMessage(register.error)}
                </Alert>
              ) : null}
              <TextInput
                label={t('network.public.name')}
                required
                maxLength={200}
                autoComplete="name"
                value={draft.name}
                error={fields.name}
                onChange={set('name')}
              />
              <TextInput
                type="email"
                label={t('network.public.email')}
                description={t('network.public.emailHint')}
                required
                maxLength={254}
                autoComplete="email"
                value={draft.email}
                error={fields.email}
                onChange={set('email')}
              />
              <TextInput
                label={t('network.public.partnerName')}
                maxLength={200}
                autoComplete="organization"
                value={draft.partnerName}
                error={fields.partnerName}
                onChange={set('partnerName')}
              />
              <NativeSelect
                label={t('network.public.partnerKind')}
                value={draft.partnerKind}
                onChange={set('partnerKind')}
                data={[
                  { value: '', label: '—' },
                  ...partnerKinds.map((value) => ({ value, label: t(`network.public.kinds.${value}`) })),
                ]}
              />
              <Textarea
                label={t('network.public.needs')}
                description={t('network.public.needsHint')}
                autosize
                minRows={2}
                maxLength={1000}
                value={draft.needs}
                error={fields.needs}
                onChange={set('needs')}
              />
              <div style={offScreen} aria-hidden="true">
                <label htmlFor="registration-website">{t('network.public.website')}</label>
                <input
                  id="registration-website"
                  name="website"
                  tabIndex={-1}
                  autoComplete="off"
                  value={draft.website}
                  onChange={set('website')}
                />
              </div>
              <Text size="sm" c="dimmed">
                {t('network.public.privacy')}
              </Text>
              <Button
                type="submit"
                loading={register.isPending}
                disabled={!draft.name.trim() || !draft.email.trim()}
              >
                {register.isPending ? t('network.public.sending') : t('network.public.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </>
  );
}
