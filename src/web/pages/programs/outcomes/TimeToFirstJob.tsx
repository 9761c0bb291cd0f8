import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgramOutcomes } from '../../../api/outcome-figures.js';
import { formatNumber } from '../../../format.js';
import { FigureSection, FigureTable } from './FigureSection.js';

/** Days from entry to the first contract: the median, and how many people fell in each span. */
export function TimeToFirstJob({ outcomes }: { outcomes: ProgramOutcomes }) {
  const { t } = useTranslation();
  const { medianDays, buckets } = outcomes.timeToFirstJob;
  return (
    <FigureSection id="outcomes-time-to-job-title" title={t('outcomeFigures.timeToJob.title')}>
      <Text mb="xs">
        {medianDays === null
          ? t('outcomeFigures.timeToJob.noMedian')
          : t('outcomeFigures.timeToJob.median', { days: formatNumber(medianDays) })}
      </Text>
      {buckets.length > 0 ? (
        <FigureTable
          caption={t('outcomeFigures.timeToJob.caption')}
          columns={[t('outcomeFigures.timeToJob.bucket'), t('outcomeFigures.timeToJob.count')]}
          rows={buckets.map((row) => ({
            key: row.bucket,
            name: t(`outcomeFigures.timeToJob.${row.bucket}`, { defaultValue: row.bucket }),
            cells: [formatNumber(row.count)],
          }))}
        />
      ) : null}
    </FigureSection>
  );
}
