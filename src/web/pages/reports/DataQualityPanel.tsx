import { Button, Group, List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgramReport } from '../../api/reports.js';
import { formatNumber } from '../../format.js';
import type { OpenedFigure } from './ReportSectionCard.js';
import { smallCellThreshold } from './report-format.js';

/**
 * What lowers the report's reliability (enrolments ended without an exit, facts not recorded,
 * follow-ups overdue), each with its count and, for staff who may open files, the people to fix.
 */
export function DataQualityPanel({
  findings,
  onOpen,
}: {
  findings: ProgramReport['dataQuality'];
  onOpen: ((opened: OpenedFigure) => void) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-data-quality">
      <Title order={2} size="h4" id="report-data-quality">
        {t('reports.dataQuality.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('reports.dataQuality.intro')}
      </Text>
      {findings.length === 0 ? (
        <Text>{t('reports.dataQuality.none')}</Text>
      ) : (
        <List spacing="xs">
          {findings.map((finding) => {
            const label = t(`reports.dataQuality.check.${finding.check}`);
            return (
              <List.Item key={finding.check}>
                <Group gap="xs" wrap="wrap">
                  <Text span>
                    {label} —{' '}
                    <strong>
                      {finding.count === null
                        ? t('reports.dataQuality.hidden', { threshold: smallCellThreshold })
                        : t('reports.dataQuality.count', {
                            count: finding.count,
                            formattedCount: formatNumber(finding.count),
                          })}
                    </strong>
                  </Text>
                  {onOpen && finding.count !== null && finding.count > 0 ? (
                    <Button
                      size="compact-sm"
                      variant="light"
                      color="blue.8"
                      aria-label={t('reports.dataQuality.show', { check: label })}
                      onClick={() => onOpen({ figure: { check: finding.check }, label })}
                    >
                      {t('reports.dataQuality.showShort')}
                    </Button>
                  ) : null}
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}
    </Paper>
  );
}
