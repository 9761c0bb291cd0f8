import { List, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconQuestionMark, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RuleResultView } from '../../contracts/programs.js';

const icons = { passed: IconCheck, failed: IconX, unknown: IconQuestionMark } as const;
const colors = { passed: 'green.9', failed: 'red.9', unknown: 'gray.7' } as const;

/** Each eligibility rule with its verdict and why (groups "any of" / "all of" nest), so nobody has to guess a refusal. */
export function EligibilityChecklist({
  results,
  nested = false,
}: {
  results: RuleResultView[];
  nested?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <List
      spacing="sm"
      center={false}
      withPadding={nested}
      aria-label={nested ? undefined : t('eligibility.rules')}
      listStyleType="none"
    >
      {results.map((result, index) => {
        const Icon = icons[result.outcome];
        return (
          <List.Item
            // biome-ignore lint/suspicious/noArrayIndexKey: rules are ordered and have no identity of their own
            key={`${result.kind}-${index}`}
            data-outcome={result.outcome}
            icon={
              <ThemeIcon color={colors[result.outcome]} size={22} radius="xl" aria-hidden>
                <Icon size={14} />
              </ThemeIcon>
            }
          >
            <Text fw={600} size="sm">
              {result.description} — {t(`eligibility.${result.outcome}`)}
            </Text>
            <Text size="sm">{result.explanation}</Text>
            {result.children && result.children.length > 0 ? (
              <EligibilityChecklist results={result.children} nested />
            ) : null}
          </List.Item>
        );
      })}
    </List>
  );
}
