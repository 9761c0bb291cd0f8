import {
  Alert,
  Box,
  Button,
  Checkbox,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import { type PublicInfoSession, signupLanguages, useSignUp } from '../../api/session-signups.js';
import { currentLanguage } from '../../i18n/index.js';
import { okGreen } from '../../status-colors.js';
import { type SignupDraft, type SignupField, signupPayload, signupProblems } from './signup-form.js';

/**
 * Hidden from people and from assistive technologies; robots fill it and are quietly ignored.
 * Clipped where it stands rather than pushed off to one side: `left: -10000px` made the page
 * 10,375 px wide in right-to-left (Arabic), where content off the left edge is scrollable.
 */
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

export function SignupForm({ session, onDone }: { session: PublicInfoSession; onDone: () => void }) {
  const { t } = useTranslation();
  const signUp = useSignUp(session.id);
  const [draft, setDraft] = useState<SignupDraft>({
    givenName: '',
    familyName: '',
    email: '',
    phone: '',
    preferredLanguage: currentLanguage(),
    consent: false,
    website: '',
  });
  const [shown, setShown] = useState<Partial<Record<SignupField, string>>>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const successRef = useRef<HTMLDivElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  useEffect(() => {
    if (sentTo) successRef.current?.focus();
  }, [sentTo]);

  const set = <K extends keyof SignupDraft>(key: K, value: SignupDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const problem = (field: SignupField) =>
    shown[field] ? t(`sessions.frontDoor.${shown[field]}`) : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = signupProblems(draft);
    setShown(problems);
    const first = Object.keys(problems)[0];
    if (first) {
      document.getElementById(`signup-${first}`)?.focus();
      return;
    }
    try {
      await signUp.mutateAsync(signupPayload(draft));
      setSentTo(draft.email.trim());
    } catch {
      // Shown above the button.
    }
  };

  if (sentTo) {
    return (
      <Alert
        ref={successRef}
        tabIndex={-1}
        color={okGreen}
        variant="outline"
        icon={<IconCircleCheck aria-hidden />}
        title={t('sessions.frontDoor.successTitle')}
        role="status"
      >
        <Stack gap="sm">
          <Text>{t('sessions.frontDoor.success', { email: sentTo })}</Text>
          <Box>
            <Button variant="light" onClick={onDone}>
              {t('sessions.frontDoor.another')}
            </Button>
          </Box>
        </Stack>
      </Alert>
    );
  }

  const tooMany = signUp.error instanceof ApiError && signUp.error.status === 429;
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="signup-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="signup-title" ref={titleRef} tabIndex={-1}>
          {t('sessions.frontDoor.formTitle', { title: session.title })}
        </Title>
        <TextInput
          id="signup-givenName"
          label={t('sessions.frontDoor.givenName')}
          required
          autoComplete="given-name"
          value={draft.givenName}
          onChange={(e) => set('givenName', e.currentTarget.value)}
          error={problem('givenName')}
        />
        <TextInput
          id="signup-familyName"
          label={t('sessions.frontDoor.familyName')}
          required
          autoComplete="family-name"
          value={draft.familyName}
          onChange={(e) => set('familyName', e.currentTarget.value)}
          error={problem('familyName')}
        />
        <TextInput
          id="signup-email"
          type="email"
          label={t('sessions.frontDoor.email')}
          description={t('sessions.frontDoor.emailHint')}
          required
          autoComplete="email"
          dir="ltr"
          value={draft.email}
          onChange={(e) => set('email', e.currentTarget.value)}
          error={problem('email')}
        />
        <TextInput
          id="signup-phone"
          type="tel"
          label={t('sessions.frontDoor.phone')}
          autoComplete="tel"
          dir="ltr"
          value={draft.phone}
          onChange={(e) => set('phone', e.currentTarget.value)}
          error={problem('phone')}
        />
        <NativeSelect
          id="signup-preferredLanguage"
          label={t('sessions.frontDoor.preferredLanguage')}
          value={draft.preferredLanguage}
          onChange={(e) =>
            set('preferredLanguage', e.currentTarget.value as SignupDraft['preferredLanguage'])
          }
          data={signupLanguages.map((language) => ({ value: language, label: t(`language.${language}`) }))}
        />
        <div style={offScreen} aria-hidden="true">
          <label htmlFor="signup-website">{t('sessions.frontDoor.website')}</label>
          <input
            id="signup-website"
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={draft.website}
            onChange={(e) => set('website', e.currentTarget.value)}
          />
        </div>
        <Stack gap={4} component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
          <Text component="legend" fw={600}>
            {t('sessions.frontDoor.consentTitle')}
          </Text>
          <Text size="sm" id="signup-consent-text">
            {t('sessions.frontDoor.consentText')}
          </Text>
          <Checkbox
            id="signup-consent"
            label={t('sessions.frontDoor.consent')}
            aria-describedby="signup-consent-text"
            checked={draft.consent}
            onChange={(e) => set('consent', e.currentTarget.checked)}
            error={problem('consent')}
          />
        </Stack>
        {signUp.error ? (
          <Alert color="red" role="alert">
            {tooMany ? t('sessions.frontDoor.tooMany') : errorMessage(signUp.error)}
          </Alert>
        ) : Object.keys(shown).length > 0 ? (
          <Text c="red.8" size="sm" role="alert">
            {t('sessions.frontDoor.fixErrors')}
          </Text>
        ) : null}
        <Box>
          <Button type="submit" loading={signUp.isPending}>
            {t('sessions.frontDoor.submit')}
          </Button>
        </Box>
      </Stack>
    </Paper>
  );
}
