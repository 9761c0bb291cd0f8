import { Box, Container, Group, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { usePublicPageLanguage } from '../public-form/use-public-page-language.js';
import { FollowUpAnswering } from './FollowUpAnswering.js';
import { isInvalidLink, usePublicFollowUp } from './follow-up-form-api.js';
import {
  type FollowUpFormLanguage,
  formDirection,
  formI18n,
  guessedFormLanguage,
  rememberFormLanguage,
  switchFormLanguage,
} from './form-i18n.js';
import { LanguageChoice } from './LanguageChoice.js';
import { InvalidLink, LoadError } from './LinkProblems.js';

const route = getRouteApi('/suivi/$token');

/**
 * Public: the follow-up after leaving a program, answered from a single-use link without an account,
 * on a phone, in one of six languages (two of them right to left). It starts in the link's language;
 * the person may choose another at any time.
 */
export function FollowUpFormPage() {
  const { token } = route.useParams();
  const followUp = usePublicFollowUp(token);
  const [guessed] = useState(guessedFormLanguage);
  const [chosen, setChosen] = useState<FollowUpFormLanguage | null>(null);
  const wanted = chosen ?? followUp.data?.language ?? guessed;
  const [shown, setShown] = useState<FollowUpFormLanguage | null>(null);

  useEffect(() => {
    let current = true;
    switchFormLanguage(wanted)
      .then((switched) => {
        if (current && switched) setShown(wanted);
      })
      // A chunk that could not be fetched: the page stays in the language it shows (the chunk is asked
      // for again on the next choice).
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [wanted]);

  useEffect(() => {
    if (followUp.data) rememberFormLanguage(wanted);
  }, [followUp.data, wanted]);

  usePublicPageLanguage(shown);

  if (!shown) return <Box mih="100vh" bg="gray.0" aria-busy="true" />;
  return (
    <I18nextProvider i18n={formI18n}>
      <Box mih="100vh" bg="gray.0" lang={shown} dir={formDirection(shown)}>
        <Box component="header" px="md" py="sm">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text fw={700} size="lg" c="blue.9" style={{ overflowWrap: 'anywhere' }}>
              {followUp.data?.organizationName ?? 'Passerelle'}
            </Text>
            <LanguageChoice
              value={shown}
              onChange={(language) => {
                setChosen(language);
                rememberFormLanguage(language);
              }}
            />
          </Group>
        </Box>
        <Container size={640} component="main" id="main-content" py="lg" px="sm">
          {followUp.isPending ? (
            <Text role="status">{formI18n.t('followUpForm.loading')}</Text>
          ) : followUp.error ? (
            isInvalidLink(followUp.error) ? (
              <InvalidLink />
            ) : (
              <LoadError error={followUp.error} onRetry={() => void followUp.refetch()} />
            )
          ) : (
            <FollowUpAnswering token={token} followUp={followUp.data} />
          )}
        </Container>
      </Box>
    </I18nextProvider>
  );
}
