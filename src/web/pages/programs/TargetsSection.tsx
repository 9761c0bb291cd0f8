import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { type ProgramDetail, useSetTargets } from '../../api/programs.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDate, formatNumber } from '../../format.js';
import { notify } from '../../notify.js';

interface TargetDraft {
  memberOrganizationId: string | null;
  periodStart: string;
  periodEnd: string;
  targetCount: number;
  unit: 'person' | 'household';
}

export function TargetsSection({ program, canEdit }: { program: ProgramDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<TargetDraft[] | null>(null);
  const save = useSetTargets(program.id);
  const errors = fieldErrorsOf(save.error);
  const startEditing = () =>
    setDraft(
      program.targets.map((target) => ({
        memberOrganizationId: target.memberOrganizationId,
        periodStart: target.periodStart,
        periodEnd: target.periodEnd,
        targetCount: target.targetCount,
        unit: target.unit,
      })),
    );
  const change = (index: number, patch: Partial<TargetDraft>) =>
    setDraft((rows) =>
      (rows ?? []).map((row, position) => (position === index ? { ...row, ...patch } : row)),
    );
  const submit = async () => {
    if (!draft) return;
    try {
      await save.mutateAsync({ targets: draft });
      notify({ color: 'green', message: t('app.saved') });
      setDraft(null);
    } catch {
      // Shown above the table.
    }
  };
  const scopeOptions = [
    { value: '', label: t('programs.total') },
    ...program.organizations.map((organization) => ({ value: organization.id, label: organization.name })),
  ];

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="targets-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="targets-title">
          {t('programs.targets')}
        </Title>
        {canEdit && !draft ? (
          <Button size="xs" variant="light" onClick={startEditing}>
            {t('app.edit')}
          </Button>
        ) : null}
      </Group>
      {save.error ? (
        <Alert color="red" role="alert" mb="sm">
          {errorMessage(save.error)}
        </Alert>
      ) : null}
      {!draft && program.targets.length === 0 ? <Text>{t('programs.noTargets')}</Text> : null}
      {!draft && program.targets.length > 0 ? (
        <ScrollTable label={t('programs.targetsCaption')}>
          <Table striped miw={520}>
            <Table.Caption>{t('programs.targetsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('programs.scope')}</Table.Th>
                <Table.Th scope="col">{t('programs.target')}</Table.Th>
                <Table.Th scope="col">{t('programs.unit')}</Table.Th>
                <Table.Th scope="col">{t('programs.period')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {program.targets.map((target) => (
                <Table.Tr key={target.id}>
                  <Table.Td>{target.organizationName ?? t('programs.total')}</Table.Td>
                  <Table.Td>{formatNumber(target.targetCount)}</Table.Td>
                  <Table.Td>{t(`targetUnit.${target.unit}`)}</Table.Td>
                  <Table.Td>
                    {formatDate(target.periodStart)} – {formatDate(target.periodEnd)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      ) : null}
      {draft ? (
        <>
          {draft.map((row, index) => (
            <Group
              // biome-ignore lint/suspicious/noArrayIndexKey: rows being edited have no identity yet
              key={index}
              align="flex-end"
              gap="xs"
              mb="xs"
              wrap="wrap"
            >
              <NativeSelect
                label={`${t('programs.scope')} ${index + 1}`}
                value={row.memberOrganizationId ?? ''}
                onChange={(event) =>
                  change(index, { memberOrganizationId: event.currentTarget.value || null })
                }
                data={scopeOptions}
              />
              <NumberInput
                label={`${t('programs.target')} ${index + 1}`}
                min={0}
                allowDecimal={false}
                w={120}
                value={row.targetCount}
                error={errors[`targets.${index}.targetCount`]}
                onChange={(value) => change(index, { targetCount: Number(value) || 0 })}
              />
              <NativeSelect
                label={`${t('programs.unit')} ${index + 1}`}
                value={row.unit}
                onChange={(event) =>
                  change(index, { unit: event.currentTarget.value as TargetDraft['unit'] })
                }
                data={[
                  { value: 'person', label: t('targetUnit.person') },
                  { value: 'household', label: t('targetUnit.household') },
                ]}
              />
              <TextInput
                type="date"
                label={`${t('programs.periodStart')} ${index + 1}`}
                value={row.periodStart}
                error={errors[`targets.${index}.periodStart`]}
                onChange={(event) => change(index, { periodStart: event.currentTarget.value })}
              />
              <TextInput
                type="date"
                label={`${t('programs.periodEnd')} ${index + 1}`}
                value={row.periodEnd}
                error={errors[`targets.${index}.periodEnd`]}
                onChange={(event) => change(index, { periodEnd: event.currentTarget.value })}
              />
              <ActionIcon
                variant="subtle"
                color="red.8"
                size="lg"
                aria-label={`${t('app.remove')} ${index + 1}`}
                onClick={() => setDraft(draft.filter((_, position) => position !== index))}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Group mt="sm">
            <Button
              variant="light"
              onClick={() =>
                setDraft([
                  ...draft,
                  {
                    memberOrganizationId: null,
                    periodStart: program.startsOn ?? '',
                    periodEnd: program.endsOn ?? '',
                    targetCount: 0,
                    unit: program.countingUnit,
                  },
                ])
              }
            >
              {t('programs.addTarget')}
            </Button>
            <Button onClick={() => void submit()} loading={save.isPending}>
              {t('app.save')}
            </Button>
            <Button variant="default" onClick={() => setDraft(null)}>
              {t('app.cancel')}
            </Button>
          </Group>
        </>
      ) : null}
    </Paper>
  );
}
