import { Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScoredCriterion } from '../../api/matching.js';
import { languageName } from '../../format-names.js';
import { lateOrange, okGreen } from '../../status-colors.js';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A reason's parameters as the reader reads them: codes named (a language, a contract, a source). */
function wordedParams(criterion: ScoredCriterion, t: Translate): Record<string, unknown> {
  const params: Record<string, unknown> = { ...criterion.params };
  if (typeof params.source === 'string') params.source = t(`matching.source.${params.source}`);
  if (typeof params.language === 'string') params.language = languageName(params.language);
  if (typeof params.contractType === 'string')
    params.contractType = t(`offers.contractType.${params.contractType}`, {
      defaultValue: params.contractType,
    });
  if (typeof params.workingTime === 'string')
    params.workingTime = t(`offers.workingTime.${params.workingTime}`).toLocaleLowerCase();
  if (params.personOccupation === '') params.personOccupation = '—';
  return params;
}

/** Green when it fits, orange when half, red when it does not, grey when unknown. */
function fitColor(fit: number | null): string {
  if (fit === null) return 'gray';
  if (fit >= 0.75) return 'green';
  if (fit >= 0.4) return 'orange';
  return 'red';
}

/** The score of a match, as a badge read out with its label. */
export function MatchScoreBadge({ score }: { score: number }) {
  const { t } = useTranslation();
  return (
    <Badge
      size="lg"
      variant="filled"
      color={score >= 70 ? okGreen : score >= 40 ? lateOrange : 'gray.7'}
      aria-label={`${t('matching.scoreLabel')}: ${t('matching.score', { score })}`}
    >
      {t('matching.score', { score })}
    </Badge>
  );
}

/** Each criterion of a match with its reason in the reader's language. */
export function MatchReasons({
  criteria,
  unknown,
}: {
  criteria: readonly ScoredCriterion[];
  unknown: number;
}) {
  const { t } = useTranslation();
  return (
    <>
      <List size="sm" spacing={2} listStyleType="none" ml={0} pl={0}>
        {criteria.map((criterion) => (
          <List.Item key={criterion.criterion}>
            <Group gap={6} wrap="nowrap" align="baseline">
              <Badge
                size="xs"
                variant="dot"
                color={fitColor(criterion.fit)}
                tt="none"
                style={{ flexShrink: 0 }}
              >
                {t(`matching.criterion.${criterion.criterion}`)}
              </Badge>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {t(`matching.reasons.${criterion.reason}`, wordedParams(criterion, t))}
                {criterion.params.assumed === true ? ` ${t('matching.assumedMobility')}` : ''}
                {criterion.params.approximate === true ? ` ${t('matching.approximate')}` : ''}
              </Text>
            </Group>
          </List.Item>
        ))}
      </List>
      {unknown > 0 ? (
        <Text size="xs" c="dimmed" mt={4}>
          {t('matching.unknown', { count: unknown })}
        </Text>
      ) : null}
    </>
  );
}
