import {
  Alert,
  Anchor,
  Box,
  Button,
  Container,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { usePublicPageLanguage } from '../public-form/use-public-page-language.js';
import {
  type FrontDoorLanguage,
  formDirection,
  frontDoorI18n,
  frontDoorLanguages,
  guessedFrontDoorLanguage,
  languageNames,
  rememberFrontDoorLanguage,
  switchFrontDoorLanguage,
} from './form-i18n.js';
import { usePublicFrontDoor } from './front-door-form-api.js';
import { RequestForm } from './RequestForm.js';

const route = getRouteApi('/demande/$slug');

/**
 * Public: the consortium's single front door. A person or a household asks for accompaniment without
 * an account, on a phone, in French, English, Arabic (right to left) or Spanish; the request lands in
 * the consortium's queue and the page says they will be told who will contact them.
 */
export function FrontDoorFormPage() {
  const { slug } = route.useParams();
  const door = usePublicFrontDoor(slug);
  const [wanted, setWanted] = useState<FrontDoorLanguage>(guessedFrontDoorLanguage);
  const [shown, setShown] = useState<FrontDoorLanguage | null>(null);

  useEffect(() => {
    let current = true;
    switchFrontDoorLanguage(wanted)
      .then((switched) => {
        if (current && switched) setShown(wanted);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [wanted]);

  usePublicPageLanguage(shown);

  if (!shown) return <Box mih="100vh" bg="gray.0" aria-busy="true" />;
  return (
    <I18nextProvider i18n={frontDoorI18n}>
      <Box mih="100vh" bg="gray.0" lang={shown} dir={formDirection(shown)} style={{ overflowX: 'hidden' }}>
        <Box component="header" px="md" py="sm">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text fw={700} size="lg" c="blue.9" style={{ overflowWrap: 'anywhere' }}>
              {door.data?.consortiumName || 'Passerelle'}
            </Text>
            <LanguageChoice
              value={shown}
              onChange={(language) => {
                setWanted(language);
                rememberFrontDoorLanguage(language);
              }}
            />
          </Group>
        </Box>
        <Container size={720} component="main" id="main-content" py="lg" px="sm">
          <Body slug={slug} door={door} language={shown} />
        </Container>
      </Box>
    </I18nextProvider>
  );
}

function LanguageChoice({
  value,
  onChange,
}: {
  value: FrontDoorLanguage;
  onChange: (language: FrontDoorLanguage) => void;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      aria-label={t('frontDoorForm.language')}
      size="md"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value as FrontDoorLanguage)}
      data={frontDoorLanguages.map((language) => ({ value: language, label: languageNames[language] }))}
      w={150}
      styles={{ input: { minHeight: 44 } }}
    />
  );
}

function Body({
  slug,
  door,
  language,
}: {
  slug: string;
  door: ReturnType<typeof usePublicFrontDoor>;
  language: FrontDoorLanguage;
}) {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  if (door.isPending) return <Text role="status">{t('frontDoorForm.loading')}</Text>;
  if (door.error || !door.data.open) {
    const missing = !door.error || (door.error instanceof ApiError && door.error.status === 404);
    return (
      <Stack gap="md">
        <Title order={1} size="h2" tabIndex={-1} data-page-title>
          {t('frontDoorForm.title')}
        </Title>
        <Alert color={missing ? 'gray' : 'red'} role="alert">
          {missing ? t('frontDoorForm.notFound') : t('frontDoorForm.loadError')}
        </Alert>
        {missing ? null : (
          <Box>
            <Button size="md" variant="light" onClick={() => void door.refetch()}>
              {t('frontDoorForm.retry')}
            </Button>
          </Box>
        )}
      </Stack>
    );
  }
  const program = language === 'fr' ? door.data.programName.fr : door.data.programName.en;
  if (sent)
    return (
      <Paper withBorder p="md" radius="md" role="status">
        <Stack gap="sm">
          <Title order={1} size="h2" tabIndex={-1} data-page-title ref={(node) => node?.focus()}>
            {t('frontDoorForm.done.title')}
          </Title>
          <Text>{t('frontDoorForm.done.text')}</Text>
          <Text>{t('frontDoorForm.done.again')}</Text>
        </Stack>
      </Paper>
    );
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1} size="h2" tabIndex={-1} data-page-title>
          {t('frontDoorForm.title')}
        </Title>
        <Text>{t('frontDoorForm.intro', { program, consortium: door.data.consortiumName })}</Text>
      </Stack>
      <RequestForm
        slug={slug}
        language={language}
        consortiumName={door.data.consortiumName}
        onSent={() => setSent(true)}
      />
      <Anchor renderRoot={(props) => <Link to="/login" {...props} />} size="sm">
        {t('frontDoorForm.login')}
      </Anchor>
    </Stack>
  );
}
