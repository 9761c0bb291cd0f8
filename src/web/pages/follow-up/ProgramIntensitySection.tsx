import { BarChart } from '@mantine/charts';
import { Alert, Button, Group, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { useProgramIntensity } from '../../api/follow-up.js';
import { type ProgramDetail, useUpdateProgram } from '../../api/programs.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatNumber } from '../../format.js';
import { notify } from '../../notify.js';
import { useFollowUpFormat } from './ui.js';

const buckets = ['0', '1', '2', '3', '4+'] as const;
const bucketColors = ['red.9', 'orange.9', 'yellow.9', 'teal.8', 'green.9'];

/** The expected intensity (set by those who steer) and contacts per person per month, as a chart and its table. */
export function ProgramIntensitySection({
  program,
  canEdit,
  canRead,
}: {
  program: ProgramDetail;
  canEdit: boolean;
  canRead: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="intensity-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="intensity-title">
          {t('followUp.intensity.title')}
        </Title>
      </Group>
      <ExpectedIntensity program={program} canEdit={canEdit} />
      {canRead ? <IntensityFigures programId={program.id} /> : null}
    </Paper>
  );
}

function ExpectedIntensity({ program, canEdit }: { program: ProgramDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<number | '' | null>(null);
  const update = useUpdateProgram(program.id);
  const errors = fieldErrorsOf(update.error);
  const save = async () => {
    try {
      await update.mutateAsync({
        nameFr: program.nameFr,
        nameEn: program.nameEn,
        descriptionFr: program.descriptionFr,
        descriptionEn: program.descriptionEn,
        countingUnit: program.countingUnit,
        status: program.status,
        startsOn: program.startsOn,
        endsOn: program.endsOn,
        rules: program.rules,
        expectedContactsPerMonth: draft === '' || draft === null ? null : draft,
      });
      notify({ color: 'green', message: t('app.saved') });
      setDraft(null);
    } catch {
      // Shown above the field.
    }
  };
  if (draft !== null)
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {update.error ? (
          <Alert color="red" role="alert" mb="sm">
            {errorMessage(update.error)}
          </Alert>
        ) : null}
        <Group align="flex-end" mb="md" wrap="wrap">
          <NumberInput
            label={t('followUp.intensity.expectedLabel')}
            description={t('followUp.intensity.expectedHint')}
            min={1}
            max={100}
            allowDecimal={false}
            value={draft}
            error={errors.expectedContactsPerMonth}
            onChange={(value) => setDraft(value === '' ? '' : Number(value))}
            maw={360}
          />
          <Button type="submit" loading={update.isPending}>
            {t('app.save')}
          </Button>
          <Button variant="default" onClick={() => setDraft(null)}>
            {t('app.cancel')}
          </Button>
        </Group>
      </form>
    );
  return (
    <Group justify="space-between" mb="md" wrap="wrap">
      <Text>
        {program.expectedContactsPerMonth
          ? t('followUp.intensity.expected', { count: program.expectedContactsPerMonth })
          : t('followUp.intensity.noExpected')}
      </Text>
      {canEdit ? (
        <Button size="xs" variant="light" onClick={() => setDraft(program.expectedContactsPerMonth ?? '')}>
          {t('followUp.intensity.edit')}
        </Button>
      ) : null}
    </Group>
  );
}

function IntensityFigures({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const format = useFollowUpFormat();
  const intensity = useProgramIntensity(programId);
  const data = intensity.data;
  const label = (bucket: string) => t('followUp.intensity.bucket', { bucket });
  return (
    <QueryState isPending={intensity.isPending} error={intensity.error} onRetry={() => intensity.refetch()}>
      {data ? (
        <Stack gap="sm">
          <Text size="sm">
            {t('followUp.intensity.explain')}{' '}
            {data.scope === 'program'
              ? t('followUp.intensity.scopeProgram')
              : t('followUp.intensity.scopeOrganization')}
          </Text>
          {data.months.every((m) => m.people === 0) ? (
            <Text>{t('followUp.intensity.none')}</Text>
          ) : (
            <>
              <Text fw={600} id="intensity-chart-title">
                {t('followUp.intensity.chartTitle')}
              </Text>
              <BarChart
                h={260}
                aria-labelledby="intensity-chart-title"
                data={data.months.map((m) => ({
                  month: format.month(m.month),
                  ...Object.fromEntries(buckets.map((b) => [label(b), m.histogram[b]])),
                }))}
                dataKey="month"
                type="stacked"
                // The table below carries the figures for keyboard and screen reader users.
                barChartProps={{ accessibilityLayer: false }}
                series={buckets.map((b, i) => ({ name: label(b), color: bucketColors[i]! }))}
                withLegend
              />
            </>
          )}
          <ScrollTable label={t('followUp.intensity.caption')}>
            <Table striped miw={720}>
              <Table.Caption>{t('followUp.intensity.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('followUp.intensity.month')}</Table.Th>
                  <Table.Th scope="col">{t('followUp.intensity.people')}</Table.Th>
                  <Table.Th scope="col">{t('followUp.intensity.contacts')}</Table.Th>
                  <Table.Th scope="col">{t('followUp.intensity.median')}</Table.Th>
                  {buckets.map((b) => (
                    <Table.Th scope="col" key={b}>
                      {label(b)}
                    </Table.Th>
                  ))}
                  {data.expectedContactsPerMonth ? (
                    <Table.Th scope="col">{t('followUp.intensity.below')}</Table.Th>
                  ) : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.months.map((m) => (
                  <Table.Tr key={m.month}>
                    <Table.Th scope="row">{format.month(m.month)}</Table.Th>
                    <Table.Td>{formatNumber(m.people)}</Table.Td>
                    <Table.Td>{formatNumber(m.contacts)}</Table.Td>
                    <Table.Td>{m.median === null ? '—' : formatNumber(m.median)}</Table.Td>
                    {buckets.map((b) => (
                      <Table.Td key={b}>{formatNumber(m.histogram[b])}</Table.Td>
                    ))}
                    {data.expectedContactsPerMonth ? (
                      <Table.Td>{m.belowExpected === null ? '—' : formatNumber(m.belowExpected)}</Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </Stack>
      ) : null}
    </QueryState>
  );
}
