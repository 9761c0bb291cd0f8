import { BarChart } from '@mantine/charts';
import {
  Button,
  Collapse,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  PeopleFigure,
  ProgramReport,
  ReportCell,
  ReportIndicator,
  ReportSection,
} from '../../api/reports.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatNumber } from '../../format.js';
import {
  categoryLabel,
  chartValue,
  formatFigure,
  inUiLanguage,
  rateDetail,
  smallCellThreshold,
} from './report-format.js';

/** What a figure's button opens: the people behind it, under a title naming the figure. */
export interface OpenedFigure {
  figure: PeopleFigure;
  label: string;
}

/**
 * One section of the report: the indicator's name and how it is counted, its total and, when broken
 * down, the table of categories with a bar chart of the same figures (the table is its accessible
 * twin). For staff with `drillDown`, every count and rate opens the people behind it.
 */
export function ReportSectionCard({
  report,
  index,
  section,
  indicator,
  currency,
  onOpen,
}: {
  report: ProgramReport;
  index: number;
  section: ReportSection;
  indicator: ReportIndicator | undefined;
  currency: string;
  onOpen: ((opened: OpenedFigure) => void) | undefined;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const ruleId = useId();
  const [ruleOpen, setRuleOpen] = useState(false);
  const name = indicator ? inUiLanguage(indicator.name) : section.indicator;
  const unit = indicator?.unit ?? 'units';
  const breakdown = section.breakdown;
  const breakdownName = breakdown ? t(`reports.breakdown.${breakdown}`) : null;
  const title = breakdownName
    ? t('reports.sectionTitle', { indicator: name, breakdown: breakdownName })
    : name;
  const drills = onOpen !== undefined && (unit === 'units' || unit === 'rate');
  const anySuppressed = section.total.suppressed || section.rows.some((row) => row.cell.suppressed);
  const rowLabel = (category: string) =>
    breakdown ? categoryLabel(t, breakdown, category, report.organizations) : category;

  const figureCell = (cell: ReportCell, category: string | undefined, label: string) => (
    <FigureCell
      cell={cell}
      unit={unit}
      currency={currency}
      figureName={`${name} — ${label}`}
      onOpen={
        drills
          ? (part) =>
              onOpen?.({
                figure: { section: index, ...(category !== undefined ? { category } : {}), part },
                label: `${name} — ${label}`,
              })
          : undefined
      }
    />
  );

  const chartData = section.rows
    .map((row) => ({ category: rowLabel(row.category), value: chartValue(unit, row.cell) }))
    .filter((row): row is { category: string; value: number } => row.value !== null);

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={titleId}>
          {title}
        </Title>
        {indicator ? (
          <div>
            <UnstyledButton
              onClick={() => setRuleOpen((open) => !open)}
              aria-expanded={ruleOpen}
              aria-controls={ruleId}
              style={{ display: 'inline-flex', alignItems: 'center', gap: 4, fontSize: 14 }}
            >
              {ruleOpen ? (
                <IconChevronDown size={16} aria-hidden />
              ) : (
                <IconChevronRight size={16} aria-hidden />
              )}
              {t('reports.howCounted')}
            </UnstyledButton>
            <Collapse expanded={ruleOpen} id={ruleId}>
              <Text size="sm" mt={4}>
                {inUiLanguage(indicator.countingRule)}
              </Text>
            </Collapse>
          </div>
        ) : null}
        {!section.available ? (
          <Text size="sm">{t('reports.notAvailable')}</Text>
        ) : (
          <>
            <div>
              <Text size="sm" c="dimmed">
                {t('reports.total')}
              </Text>
              <Text fz={26} fw={700} lh={1.2} component="div">
                {figureCell(section.total, undefined, t('reports.total'))}
              </Text>
            </div>
            {breakdown && section.rows.length > 0 ? (
              <>
                <ScrollTable label={title}>
                  <Table striped withTableBorder>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{breakdownName}</Table.Th>
                        <Table.Th scope="col" ta="end">
                          {t('reports.value')}
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {section.rows.map((row) => {
                        const label = rowLabel(row.category);
                        return (
                          <Table.Tr key={row.category}>
                            <Table.Th scope="row" fw={400}>
                              {label}
                            </Table.Th>
                            <Table.Td ta="end">{figureCell(row.cell, row.category, label)}</Table.Td>
                          </Table.Tr>
                        );
                      })}
                      <Table.Tr>
                        <Table.Th scope="row">{t('reports.total')}</Table.Th>
                        <Table.Td ta="end" fw={700}>
                          {figureCell(section.total, undefined, t('reports.total'))}
                        </Table.Td>
                      </Table.Tr>
                    </Table.Tbody>
                  </Table>
                </ScrollTable>
                {chartData.some((row) => row.value !== 0) ? (
                  // The same figures are in the table above, for keyboard and screen reader users.
                  <div aria-hidden="true">
                    <BarChart
                      h={Math.max(120, chartData.length * 44)}
                      data={chartData}
                      dataKey="category"
                      orientation="vertical"
                      barChartProps={{ accessibilityLayer: false }}
                      yAxisProps={{ width: 140 }}
                      valueFormatter={(value) => (unit === 'rate' ? `${value} %` : formatNumber(value))}
                      series={[{ name: 'value', label: name, color: 'blue.8' }]}
                    />
                  </div>
                ) : null}
              </>
            ) : breakdown ? (
              <Text size="sm">{t('reports.emptySection')}</Text>
            ) : null}
            {anySuppressed ? (
              <Text size="xs" c="dimmed">
                {t('reports.suppressedNote', { threshold: smallCellThreshold })}
              </Text>
            ) : null}
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** A figure as text, with "12 of 30" under a rate; a button to its people when it has some and the reader may open them. */
function FigureCell({
  cell,
  unit,
  currency,
  figureName,
  onOpen,
}: {
  cell: ReportCell;
  unit: ReportIndicator['unit'];
  currency: string;
  figureName: string;
  onOpen: ((part: 'value' | 'denominator') => void) | undefined;
}) {
  const { t } = useTranslation();
  const shown = formatFigure(t, unit, cell, currency);
  if (cell.suppressed)
    return (
      <span>
        <span>{shown}</span>
        <VisuallyHidden> ({t('reports.suppressedExplanation')})</VisuallyHidden>
      </span>
    );
  const detail = rateDetail(t, cell);
  const hasPeople = unit === 'rate' ? (cell.numerator ?? 0) > 0 : (cell.value ?? 0) > 0;
  const value =
    onOpen && hasPeople ? (
      <Button
        variant="subtle"
        color="blue.8"
        size="compact-md"
        fz="inherit"
        fw="inherit"
        px={4}
        aria-label={t('reports.openValue', { figure: figureName, label: shown })}
        onClick={() => onOpen('value')}
      >
        {shown}
      </Button>
    ) : (
      shown
    );
  if (unit !== 'rate') return <>{value}</>;
  return (
    <span style={{ display: 'inline-flex', flexDirection: 'column', alignItems: 'inherit' }}>
      <span>{value}</span>
      {detail ? (
        <Text size="xs" component="span" fw={400}>
          {onOpen && (cell.denominator ?? 0) > 0 ? (
            <>
              {formatNumber(cell.numerator ?? 0)}
              <Button
                variant="subtle"
                color="blue.8"
                size="compact-xs"
                ms={2}
                px={2}
                aria-label={t('reports.openDenominator', { figure: figureName, label: detail })}
                onClick={() => onOpen('denominator')}
              >
                {t('reports.denominatorButton', { denominator: formatNumber(cell.denominator ?? 0) })}
              </Button>
            </>
          ) : (
            detail
          )}
        </Text>
      ) : null}
    </span>
  );
}
