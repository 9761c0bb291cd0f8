import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { type PathwaySummaryView, useOpenCase } from '../../api/recognition.js';
import { todayInOrganization } from '../../format.js';
import { notify } from '../../notify.js';
import { PathwayFinder } from './PathwayFinder.js';

/**
 * Opening a case: the counselor finds the pathway by the occupation as the person names it (in the
 * person's language if need be), then opens the case on it from a start date.
 */
export function OpenCasePanel({
  personId,
  personLanguages,
  onDone,
  onCancel,
}: {
  personId: string;
  personLanguages: readonly string[];
  onDone: () => void;
  onCancel?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const open = useOpenCase(personId);
  const [startedOn, setStartedOn] = useState(todayInOrganization());
  const errors = fieldErrorsOf(open.error);
  const choose = async (pathway: PathwaySummaryView) => {
    try {
      await open.mutateAsync({ pathwayId: pathway.id, startedOn });
      notify({ color: 'green', message: t('recognition.person.opened') });
      onDone();
    } catch {
      // Shown above the list.
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="open-case-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="open-case-title">
          {t('recognition.person.open')}
        </Title>
        <Text size="sm">{t('recognition.person.finderIntro')}</Text>
        {open.error ? (
          <Alert color="red" role="alert">
            {errorMessage(open.error)}
          </Alert>
        ) : null}
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            type="date"
            label={t('recognition.person.startedOn')}
            value={startedOn}
            error={errors.startedOn}
            max={todayInOrganization()}
            onChange={(e) => setStartedOn(e.currentTarget.value)}
          />
          {onCancel ? (
            <Button variant="subtle" onClick={onCancel}>
              {t('app.cancel')}
            </Button>
          ) : null}
        </Group>
        <PathwayFinder
          personLanguages={personLanguages}
          headingLevel={4}
          action={(pathway) =>
            pathway.retired ? null : (
              <Button
                size="xs"
                onClick={() => choose(pathway)}
                loading={open.isPending && open.variables?.pathwayId === pathway.id}
              >
                {t('recognition.person.choose')}
              </Button>
            )
          }
        />
      </Stack>
    </Paper>
  );
}
