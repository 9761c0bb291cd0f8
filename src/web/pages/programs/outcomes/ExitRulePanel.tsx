import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExitRuleVersion } from '../../../api/outcome-figures.js';
import { todayInOrganization } from '../../../format.js';
import { NewRuleVersionForm } from './NewRuleVersionForm.js';
import { RuleVersionCard } from './RuleVersionCard.js';

/** The versions of the program's positive-exit rule, newest first, and a new version for its administrators. */
export function ExitRulePanel({
  programId,
  versions,
  canAdd,
}: {
  programId: string;
  versions: ExitRuleVersion[];
  canAdd: boolean;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const today = todayInOrganization();
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  // The version in force: the newest already effective (a later one may be planned).
  const current = sorted.find((version) => version.effectiveFrom <= today) ?? null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="exit-rule-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="exit-rule-title">
          {t('outcomeFigures.rules.title')}
        </Title>
        {canAdd && !adding ? (
          <Button size="xs" variant="light" onClick={() => setAdding(true)}>
            {t('outcomeFigures.rules.newVersion')}
          </Button>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('outcomeFigures.rules.intro')}
      </Text>
      {adding ? (
        <NewRuleVersionForm programId={programId} from={sorted[0] ?? null} onDone={() => setAdding(false)} />
      ) : null}
      {sorted.length === 0 ? (
        <Text>{t('outcomeFigures.rules.none')}</Text>
      ) : (
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {sorted.map((version) => (
            <li key={version.id}>
              <RuleVersionCard version={version} current={version.id === current?.id} />
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
