import { Button, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/errors.js';
import {
  type MatchWeightsBody,
  matchCriteria,
  useMatchWeights,
  useSetMatchWeights,
} from '../../api/matching.js';
import { FormErrorAlert } from '../../components/FormErrorAlert.js';
import { QueryState } from '../../components/QueryState.js';
import { notify } from '../../notify.js';

/** How much each matching criterion counts in the organization's scores (0 to 10), for its administrators. */
export function MatchWeightsPanel() {
  const { t } = useTranslation();
  const weights = useMatchWeights();
  const save = useSetMatchWeights();
  const [draft, setDraft] = useState<MatchWeightsBody | null>(null);
  const current: MatchWeightsBody | null = draft ?? weights.data ?? null;
  const errors = fieldErrorsOf(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!current) return;
    const body = Object.fromEntries(matchCriteria.map((c) => [c, current[c]])) as MatchWeightsBody;
    save.mutate(body, {
      onSuccess: () => {
        setDraft(null);
        notify({ color: 'green', message: t('matching.weights.saved') });
      },
    });
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} aria-labelledby="match-weights-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="match-weights-title">
            {t('matching.weights.title')}
          </Title>
          <Text size="sm">{t('matching.weights.intro')}</Text>
          <QueryState isPending={weights.isPending} error={weights.error} onRetry={() => weights.refetch()}>
            {current ? (
              <Stack gap="sm">
                {weights.data && !weights.data.customized && !draft ? (
                  <Text size="sm" c="dimmed">
                    {t('matching.weights.defaults')}
                  </Text>
                ) : null}
                <FormErrorAlert error={save.error} />
                <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
                  {matchCriteria.map((criterion) => (
                    <NumberInput
                      key={criterion}
                      label={t(`matching.criterion.${criterion}`)}
                      min={0}
                      max={10}
                      allowDecimal={false}
                      clampBehavior="strict"
                      value={current[criterion]}
                      onChange={(value) =>
                        setDraft({ ...current, [criterion]: value === '' ? 0 : Number(value) })
                      }
                      error={errors[criterion]}
                    />
                  ))}
                </SimpleGrid>
                <Button type="submit" loading={save.isPending} disabled={!draft}>
                  {t('matching.weights.save')}
                </Button>
              </Stack>
            ) : null}
          </QueryState>
        </Stack>
      </form>
    </Paper>
  );
}
