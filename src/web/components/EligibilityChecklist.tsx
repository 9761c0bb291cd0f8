import { Box, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconQuestionMark, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RuleResultView } from '../../contracts/programs.js';

const icons = { passed: IconCheck, failed: IconX, unknown: IconQuestionMark } as const;
const colors = { passed: 'green.9', failed: 'red.9', unknown: 'gray.7' } as const;

/** Each eligibility rule with its verdict and why ("any of" / "all of" groups nest), so nobody has to guess a refusal. */
export function EligibilityChecklist({
  results,
  nested = false,
}: {
  results: RuleResultView[];
  nested?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Box
      component="ul"
      aria-label={nested ? undefined : t('eligibility.rules')}
      style={{ listStyle: 'none', margin: 0, paddingInlineStart: nested ? 'var(--mantine-spacing-lg)' : 0 }}
    >
      {results.map((result, index) => {
        const Icon = icons[result.outcome];
        return (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: rules are ordered and have no identity of their own
            key={`${result.kind}-${index}`}
            data-outcome={result.outcome}
            style={{
              display: 'flex',
              gap: 'var(--mantine-spacing-sm)',
              alignItems: 'flex-start',
              marginTop: 8,
            }}
          >
            <ThemeIcon
              color={colors[result.outcome]}
              size={22}
              radius="xl"
              aria-hidden
              style={{ flexShrink: 0 }}
            >
              <Icon size={14} />
            </ThemeIcon>
            <div style={{ minWidth: 0 }}>
              <Text fw={600} size="sm">
                {result.description} — {t(`eligibility.${result.outcome}`)}
              </Text>
              <Text size="sm">{result.explanation}</Text>
              {result.children && result.children.length > 0 ? (
                <EligibilityChecklist results={result.children} nested />
              ) : null}
            </div>
          </li>
        );
      })}
    </Box>
  );
}
