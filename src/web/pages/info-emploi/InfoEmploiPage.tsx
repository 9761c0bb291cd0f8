import { Alert, Anchor, Box, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { type PublicInfoSession, usePublicInfoSessions } from '../../api/session-signups.js';
import { LanguageSelect } from '../../components/LanguageSelect.js';
import { PageTitle } from '../../components/PageTitle.js';
import { chooseLanguage } from '../../i18n/language.js';
import { lateOrange, okGreen } from '../../status-colors.js';
import { SignupForm } from './SignupForm.js';

/** Public front door: anyone finds the coming Info-Emploi sessions and asks to join one. */
export function InfoEmploiPage() {
  const { t } = useTranslation();
  const sessions = usePublicInfoSessions();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = sessions.data?.items.find((s) => s.id === chosenId);
  return (
    <Box mih="100vh" bg="gray.0">
      <Box component="header" px="md" py="sm">
        <Group justify="space-between">
          <Text fw={700} size="lg" c="blue.9">
            {t('app.name')}
          </Text>
          <LanguageSelect onChange={(language) => void chooseLanguage(language)} />
        </Group>
      </Box>
      <Container size={720} component="main" id="main-content" py="lg" px="sm">
        <PageTitle title={t('sessions.frontDoor.title')} intro={t('sessions.frontDoor.intro')} />
        <Stack gap="lg">
          {chosen ? <SignupForm key={chosen.id} session={chosen} onDone={() => setChosenId(null)} /> : null}
          <Stack gap="sm" component="section" aria-labelledby="info-sessions-title">
            <Title order={2} size="h3" id="info-sessions-title">
              {t('sessions.frontDoor.listTitle')}
            </Title>
            {sessions.isPending ? (
              <Text role="status">{t('app.loading')}</Text>
            ) : sessions.error ? (
              <Alert color="red" role="alert" title={t('app.errorTitle')}>
                {errorMessage(sessions.error)}
              </Alert>
            ) : sessions.data.items.length === 0 ? (
              <Text>{t('sessions.frontDoor.none')}</Text>
            ) : (
              sessions.data.items.map((session) => (
                <SessionCard
                  key={session.id}
                  session={session}
                  chosen={session.id === chosenId}
                  onChoose={() => setChosenId(session.id)}
                />
              ))
            )}
          </Stack>
          <Anchor renderRoot={(props) => <Link to="/login" {...props} />} size="sm">
            {t('login.title')}
          </Anchor>
        </Stack>
      </Container>
    </Box>
  );
}

function SessionCard({
  session,
  chosen,
  onChoose,
}: {
  session: PublicInfoSession;
  chosen: boolean;
  onChoose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const locale = language === 'ar' ? 'ar-u-nu-latn' : language === 'en' ? 'en-CA' : 'fr-CA';
  const when = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  const spoken = (() => {
    try {
      return new Intl.DisplayNames([locale], { type: 'language' }).of(session.language) ?? session.language;
    } catch {
      return session.language;
    }
  })();
  const headingId = `info-session-${session.id}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={3} size="h4" id={headingId}>
          {session.title}
        </Title>
        <Text size="sm">{t('sessions.frontDoor.organizer', { organization: session.organizationName })}</Text>
        {session.presenter ? (
          <Text size="sm">{t('sessions.frontDoor.presenter', { presenter: session.presenter })}</Text>
        ) : null}
        <Text size="sm">
          {t(`sessions.frontDoor.mode.${session.mode}`)} ·{' '}
          {t('sessions.frontDoor.language', { language: spoken })}
        </Text>
        <Text size="sm" fw={600}>
          {t('sessions.frontDoor.nextDates')}
        </Text>
        <Box component="ul" m={0} ps="lg">
          {session.nextMeetings.map((meeting) => (
            <li key={meeting.startsAt}>
              <Text size="sm" component="span">
                <time dateTime={meeting.startsAt}>{when.format(new Date(meeting.startsAt))}</time>
              </Text>
            </li>
          ))}
        </Box>
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text fw={700} c={session.waitlist ? lateOrange : okGreen}>
            {session.waitlist
              ? t('sessions.frontDoor.waitlist')
              : session.seatsLeft === null
                ? t('sessions.frontDoor.openSeats')
                : t('sessions.frontDoor.seatsLeft', { count: session.seatsLeft })}
          </Text>
          <Button onClick={onChoose} variant={chosen ? 'filled' : 'light'} aria-pressed={chosen}>
            {t('sessions.frontDoor.choose')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
