import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgramOutcomes } from '../../../api/outcome-figures.js';
import { formatNumber } from '../../../format.js';
import { FigureSection, FigureTable } from './FigureSection.js';

/** How many exits of each outcome the period counts (outcomes with none left out). */
export function ExitsByOutcome({ outcomes }: { outcomes: ProgramOutcomes }) {
  const { t } = useTranslation();
  const rows = outcomes.exitsByOutcome.filter((row) => row.count > 0);
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const count = t('outcomeFigures.exits.count');
  const outcomeName = (outcome: string) => t(`outcomeFigures.outcome.${outcome}`);
  return (
    <FigureSection id="outcomes-exits-title" title={t('outcomeFigures.exits.title')}>
      {rows.length === 0 ? (
        <Text>{t('outcomeFigures.noExits')}</Text>
      ) : (
        <>
          <div aria-hidden="true">
            <BarChart
              h={Math.max(200, rows.length * 36)}
              data={rows.map((row) => ({ outcome: outcomeName(row.outcome), [count]: row.count }))}
              dataKey="outcome"
              orientation="vertical"
              barChartProps={{ accessibilityLayer: false }}
              yAxisProps={{ width: 150 }}
              series={[{ name: count, color: 'blue.8' }]}
            />
          </div>
          <FigureTable
            caption={t('outcomeFigures.exits.caption')}
            columns={[t('outcomeFigures.exits.outcome'), count]}
            rows={rows.map((row) => ({
              key: row.outcome,
              name: outcomeName(row.outcome),
              cells: [formatNumber(row.count)],
            }))}
            total={{ name: t('outcomeFigures.exits.total'), cells: [formatNumber(total)] }}
            withSpace
          />
        </>
      )}
    </FigureSection>
  );
}
