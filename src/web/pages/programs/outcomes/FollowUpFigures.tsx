import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgramOutcomes } from '../../../api/outcome-figures.js';
import { formatNumber } from '../../../format.js';
import { lateOrange, okGreen } from '../../../status-colors.js';
import { FigureSection, FigureTable } from './FigureSection.js';
import { formatRate } from './figures-format.js';

/** Each follow-up moment: how many fell due, were answered, found nobody, still wait; the share employed. */
export function FollowUpFigures({ outcomes }: { outcomes: ProgramOutcomes }) {
  const { t } = useTranslation();
  const rows = outcomes.followUps;
  const answered = t('outcomeFigures.followUps.answered');
  const unreachable = t('outcomeFigures.followUps.unreachable');
  const pending = t('outcomeFigures.followUps.pending');
  const moment = (months: number) => t('outcomeFigures.followUps.months', { months });
  return (
    <FigureSection id="outcomes-follow-ups-title" title={t('outcomeFigures.followUps.title')}>
      {rows.length === 0 ? (
        <Text>{t('outcomeFigures.followUps.none')}</Text>
      ) : (
        <>
          <div aria-hidden="true">
            <BarChart
              h={Math.max(180, rows.length * 44)}
              data={rows.map((row) => ({
                moment: moment(row.months),
                [answered]: row.answered,
                [unreachable]: row.unreachable,
                [pending]: row.pending,
              }))}
              dataKey="moment"
              orientation="vertical"
              type="stacked"
              barChartProps={{ accessibilityLayer: false }}
              yAxisProps={{ width: 150 }}
              series={[
                { name: answered, color: okGreen },
                { name: unreachable, color: lateOrange },
                { name: pending, color: 'gray.5' },
              ]}
              withLegend
            />
          </div>
          <FigureTable
            caption={t('outcomeFigures.followUps.caption')}
            columns={[
              t('outcomeFigures.followUps.moment'),
              t('outcomeFigures.followUps.due'),
              answered,
              unreachable,
              pending,
              t('outcomeFigures.followUps.employedShare'),
            ]}
            rows={rows.map((row) => ({
              key: row.months,
              name: moment(row.months),
              cells: [
                formatNumber(row.due),
                formatNumber(row.answered),
                formatNumber(row.unreachable),
                formatNumber(row.pending),
                formatRate(row.employedShare) ?? '—',
              ],
            }))}
            minWidth={560}
            withSpace
          />
        </>
      )}
    </FigureSection>
  );
}
