import { Badge, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExitRuleVersion } from '../../../api/outcome-figures.js';
import { formatDate, formatDateTime } from '../../../format.js';

/** One version of the positive-exit rule, every term of it as a term and its value (a description list). */
export function RuleVersionCard({ version, current }: { version: ExitRuleVersion; current: boolean }) {
  const { t } = useTranslation();
  const outcome = (code: string) => t(`outcomeFigures.outcome.${code}`);
  const id = `exit-rule-version-${version.version}`;
  const fixedTerm =
    version.fixedTermMinimumMonths === null
      ? t('outcomeFigures.rules.fixedTermAny')
      : version.fixedTermComparison === 'more_than'
        ? t('outcomeFigures.rules.fixedTermMoreThan', { months: version.fixedTermMinimumMonths })
        : t('outcomeFigures.rules.fixedTermAtLeast', { months: version.fixedTermMinimumMonths });
  const requirements = [
    version.requireQualificationLevel ? t('outcomeFigures.rules.requireQualificationLevel') : null,
    // Employment in the field asks for the credential itself: the wider words say both.
    version.requireEmployedInField
      ? t('outcomeFigures.rules.requireEmployedInField')
      : version.requireCredential
        ? t('outcomeFigures.rules.requireCredential')
        : null,
  ].filter((value): value is string => value !== null);
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={id}>
      <Group gap="xs" mb={4}>
        <Title order={3} size="h5" id={id}>
          {t('outcomeFigures.rules.version', { version: version.version })}
        </Title>
        {current ? (
          <Badge variant="filled" color="blue.8">
            {t('outcomeFigures.rules.current')}
          </Badge>
        ) : null}
      </Group>
      <Text size="sm" mb="xs">
        {t('outcomeFigures.rules.effectiveFrom', { date: formatDate(version.effectiveFrom) })}
        {version.createdByName
          ? ` — ${t('outcomeFigures.rules.createdBy', { name: version.createdByName, date: formatDateTime(version.createdAt) })}`
          : ''}
      </Text>
      <SimpleGrid component="dl" m={0} cols={{ base: 1, sm: 2 }} spacing={4} verticalSpacing={4}>
        <Fact label={t('outcomeFigures.rules.positiveOutcomes')}>
          {version.positiveOutcomes.map(outcome).join(', ')}
        </Fact>
        <Fact label={t('outcomeFigures.rules.fixedTerm')}>{fixedTerm}</Fact>
        <Fact label={t('outcomeFigures.rules.exclusions')}>
          {version.exclusions.length > 0
            ? version.exclusions.map(outcome).join(', ')
            : t('outcomeFigures.rules.noExclusions')}
        </Fact>
        <Fact label={t('outcomeFigures.rules.requirements')}>
          {requirements.length > 0 ? requirements.join(', ') : t('outcomeFigures.rules.noRequirements')}
        </Fact>
        <Fact label={t('outcomeFigures.rules.countingUnit')}>
          {t(`outcomeFigures.rules.unit_${version.countingUnit}`)}
        </Fact>
        <Fact label={t('outcomeFigures.rules.measuredAfterEntry')}>
          {version.measuredMonthsAfterEntry === null
            ? t('outcomeFigures.rules.atExit')
            : t('outcomeFigures.rules.monthsAfterEntry', { months: version.measuredMonthsAfterEntry })}
        </Fact>
        <Fact label={t('outcomeFigures.rules.followUpMonths')}>
          {version.followUpMonths.length > 0
            ? version.followUpMonths
                .map((months) => t('outcomeFigures.rules.followUpMonthsValue', { months }))
                .join(', ')
            : t('outcomeFigures.rules.noFollowUps')}
        </Fact>
        <Fact label={t('outcomeFigures.rules.attempts')}>
          {t('outcomeFigures.rules.attemptsValue', { count: version.unreachableAfterAttempts })}
        </Fact>
      </SimpleGrid>
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" fw={600}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </div>
  );
}
