import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersonFile } from '../../api/people.js';
import { usePersonRecognitionCases } from '../../api/recognition.js';
import { QueryState } from '../../components/QueryState.js';
import { CaseCard } from '../recognition/CaseCard.js';
import { OpenCasePanel } from '../recognition/OpenCasePanel.js';

/** The person's credential-recognition cases, newest first, and the way to open one from the catalogue. */
export function RecognitionTab({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const cases = usePersonRecognitionCases(personId);
  const person = usePersonFile(personId);
  const [opening, setOpening] = useState(false);
  const items = cases.data?.items;
  // The files merged into this one have their cases listed too; opening one is this file's own.
  const own = items?.filter((item) => !item.fromMergedFile) ?? [];
  const languages = person.data?.languages.map((entry) => entry.language) ?? [];
  return (
    <QueryState
      isPending={cases.isPending}
      error={cases.error}
      onRetry={() => cases.refetch()}
      missingRouteText={t('recognition.unavailable')}
    >
      {items ? (
        <Stack gap="lg">
          {own.length === 0 && !opening ? <Text>{t('recognition.person.empty')}</Text> : null}
          {opening || own.length === 0 ? (
            <OpenCasePanel
              personId={personId}
              personLanguages={languages}
              onDone={() => setOpening(false)}
              onCancel={own.length > 0 ? () => setOpening(false) : undefined}
            />
          ) : (
            <Button variant="light" onClick={() => setOpening(true)} style={{ alignSelf: 'flex-start' }}>
              {t('recognition.person.openAnother')}
            </Button>
          )}
          {items.map((item) => (
            <CaseCard key={item.id} personId={personId} recognitionCase={item} />
          ))}
        </Stack>
      ) : null}
    </QueryState>
  );
}
