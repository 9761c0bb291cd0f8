import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PathwayView } from '../../api/recognition.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { useRecognitionFormat } from './ui.js';

type Version = PathwayView['current'];
type Step = Version['steps'][number];

/** What a step names beyond its label: the evaluator and report, the language test and level. */
export function stepDetails(step: Pick<Step, 'evaluator' | 'reportType' | 'languageTest' | 'levelRequired'>) {
  return [
    step.evaluator ? (['recognition.pathway.evaluator', { evaluator: step.evaluator }] as const) : null,
    step.reportType ? (['recognition.pathway.reportType', { report: step.reportType }] as const) : null,
    step.languageTest ? (['recognition.pathway.languageTest', { test: step.languageTest }] as const) : null,
    step.levelRequired
      ? (['recognition.pathway.levelRequired', { level: step.levelRequired }] as const)
      : null,
  ].filter((detail) => detail !== null);
}

/** A version's steps in order: kind, label, details, typical cost and duration, and the source. */
export function StepsTable({ version }: { version: Version }) {
  const { t } = useTranslation();
  const format = useRecognitionFormat();
  const currency = version.steps[0]?.currency ?? 'USD';
  const caption = t('recognition.pathway.stepsCaption', { number: version.number });
  return (
    <ScrollTable label={caption}>
      <Table striped miw={760}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('recognition.pathway.position')}</Table.Th>
            <Table.Th scope="col">{t('recognition.pathway.step')}</Table.Th>
            <Table.Th scope="col">{t('recognition.pathway.details')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('recognition.pathway.typicalCost')}
            </Table.Th>
            <Table.Th scope="col">{t('recognition.pathway.typicalDuration')}</Table.Th>
            <Table.Th scope="col">{t('recognition.pathway.source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {version.steps.map((step) => (
            <Table.Tr key={step.position}>
              <Table.Td>{step.position}</Table.Td>
              <Table.Th scope="row" fw={600}>
                {format.label(step)}
                <Text size="xs" fw={400}>
                  {t(`recognition.stepKind.${step.kind}`)}
                </Text>
              </Table.Th>
              <Table.Td>
                {stepDetails(step).map(([key, values]) => (
                  <Text size="sm" key={key}>
                    {t(key, values)}
                  </Text>
                ))}
              </Table.Td>
              <Table.Td ta="end">
                {step.typicalCostCents === null ? '—' : format.money(step.typicalCostCents, step.currency)}
              </Table.Td>
              <Table.Td>
                {step.typicalDurationDays === null ? '—' : format.duration(step.typicalDurationDays)}
              </Table.Td>
              <Table.Td>
                {step.sourceUrl ? (
                  <Anchor href={step.sourceUrl} target="_blank" rel="noreferrer" size="sm">
                    {step.sourceText ?? new URL(step.sourceUrl).hostname}
                  </Anchor>
                ) : (
                  (step.sourceText ?? '—')
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row" colSpan={3}>
              {t('recognition.pathway.total')}
            </Table.Th>
            <Table.Td ta="end" fw={700}>
              {format.money(version.typicalCostCents, currency)}
            </Table.Td>
            <Table.Td fw={700}>{format.duration(version.typicalDurationDays)}</Table.Td>
            <Table.Td />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </ScrollTable>
  );
}
