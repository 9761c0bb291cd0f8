import { List, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface RuleOutcomeView {
  key: string;
  label: string;
  passed: boolean;
  explanation: string;
}

/** Each eligibility rule with its verdict and why, so nobody has to guess a refusal. */
export function EligibilityChecklist({ outcomes }: { outcomes: RuleOutcomeView[] }) {
  const { t } = useTranslation();
  return (
    <List spacing="sm" center={false} aria-label={t('eligibility.rules')}>
      {outcomes.map((outcome) => (
        <List.Item
          key={outcome.key}
          icon={
            <ThemeIcon color={outcome.passed ? 'green.9' : 'red.9'} size={22} radius="xl" aria-hidden>
              {outcome.passed ? <IconCheck size={14} /> : <IconX size={14} />}
            </ThemeIcon>
          }
        >
          <Text fw={600} size="sm">
            {outcome.label} — {outcome.passed ? t('eligibility.passed') : t('eligibility.failed')}
          </Text>
          <Text size="sm">{outcome.explanation}</Text>
        </List.Item>
      ))}
    </List>
  );
}
