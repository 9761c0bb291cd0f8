import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExitView } from '../../../api/outcomes.js';
import { lateOrange, okGreen } from '../../../status-colors.js';

/** Dark enough for white text at WCAG AA; the badge's words carry the verdict, not its colour. */
const verdictColor = {
  positive: okGreen,
  not_positive: lateOrange,
  excluded: '#495057',
  no_rule: '#495057',
} as const;

/** How the program's rule classified a version of an exit, and which version of the rule did. */
export function Verdict({ exit }: { exit: Pick<ExitView, 'verdict' | 'ruleVersion'> }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap">
      <Badge color={verdictColor[exit.verdict]} variant="filled" tt="none">
        {t(`outcomes.verdict.${exit.verdict}`)}
      </Badge>
      <Text span size="sm">
        {exit.ruleVersion === null
          ? t('outcomes.section.noRuleVersion')
          : t('outcomes.section.ruleVersion', { version: exit.ruleVersion })}
      </Text>
    </Group>
  );
}
