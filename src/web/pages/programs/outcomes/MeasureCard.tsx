import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type {
  OutcomeMeasure,
  OutcomeMeasureCode,
  OutcomePart,
  ProgramOutcomes,
} from '../../../api/outcome-figures.js';
import { formatNumber } from '../../../format.js';
import { formatRate } from './figures-format.js';
import type { OpenedFigure } from './PeopleDrawer.js';

/**
 * One headline measure: its rate, what it counts out of what, those left out and those unreachable;
 * for staff who may see files, buttons that open the people behind each count.
 */
export function MeasureCard({
  code,
  label,
  note,
  measure,
  unit,
  onOpen,
}: {
  code: OutcomeMeasureCode;
  label: string;
  /** The rule version a positive-exit rate is counted under. */
  note?: string;
  measure: OutcomeMeasure;
  unit: ProgramOutcomes['countingUnit'];
  onOpen: ((figure: OpenedFigure) => void) | undefined;
}) {
  const { t } = useTranslation();
  const id = `outcome-card-${code}`;
  const rate = formatRate(measure.rate);
  // Each button shows a count; its accessible name says what it opens, and for which measure.
  const parts = [
    {
      part: 'numerator',
      count: measure.numerator,
      shown: t('outcomeFigures.countedButton', { count: measure.numerator }),
      name: t('outcomeFigures.openNumerator', { count: measure.numerator, measure: label }),
    },
    {
      part: 'denominator',
      count: measure.denominator,
      shown: t('outcomeFigures.denominatorButton', { count: measure.denominator }),
      name: t('outcomeFigures.openDenominator', { count: measure.denominator, measure: label }),
    },
    {
      part: 'excluded',
      count: measure.excluded,
      shown: t('outcomeFigures.excludedButton', { count: measure.excluded }),
      name: t('outcomeFigures.openExcluded', { count: measure.excluded, measure: label }),
    },
  ] as const satisfies readonly { part: OutcomePart; count: number; shown: string; name: string }[];
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={id}>
      <Stack gap={4}>
        <Title order={4} size="h6" id={id}>
          {label}
        </Title>
        <Text fz={28} fw={700} lh={1.2}>
          {rate ?? '—'}
        </Text>
        {note ? <Text size="sm">{note}</Text> : null}
        {rate === null ? <Text size="sm">{t('outcomeFigures.noDenominator')}</Text> : null}
        <Text size="sm">
          {t(`outcomeFigures.ofUnits_${unit}`, {
            numerator: formatNumber(measure.numerator),
            denominator: formatNumber(measure.denominator),
          })}
        </Text>
        <Text size="sm">
          {measure.excluded > 0
            ? t('outcomeFigures.excluded', { count: measure.excluded })
            : t('outcomeFigures.noneExcluded')}
        </Text>
        <Text size="sm">
          {measure.unreachable > 0
            ? t('outcomeFigures.unreachable', { count: measure.unreachable })
            : t('outcomeFigures.noneUnreachable')}
        </Text>
        {onOpen ? (
          <Group gap={6} mt={4}>
            {parts
              .filter(({ count }) => count > 0)
              .map(({ part, shown, name }) => (
                <Button
                  key={part}
                  size="compact-sm"
                  variant="light"
                  aria-label={name}
                  onClick={() => onOpen({ measure: code, part, label })}
                >
                  {shown}
                </Button>
              ))}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
