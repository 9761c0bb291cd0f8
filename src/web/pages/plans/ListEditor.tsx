import { Button, Fieldset, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface ListColumn {
  key: string;
  label: string;
  options?: readonly { value: string; label: string }[];
  required?: boolean;
}

export type ListRow = Record<string, string>;

/** A list of small records (barriers, courses, contacts…) edited as rows of fields. */
export function ListEditor({
  legend,
  columns,
  rows,
  onChange,
  errorOf,
}: {
  legend: string;
  columns: readonly ListColumn[];
  rows: readonly ListRow[];
  onChange: (rows: ListRow[]) => void;
  errorOf?: (index: number, key: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const empty = () => Object.fromEntries(columns.map((c) => [c.key, c.options?.[0]?.value ?? '']));
  const set = (index: number, key: string, value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  return (
    <Fieldset legend={legend} variant="unstyled">
      <Stack gap="xs">
        {rows.map((row, index) => (
          <Group
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
            key={index}
            align="flex-end"
            wrap="wrap"
            gap="xs"
          >
            {columns.map((column) =>
              column.options ? (
                <NativeSelect
                  key={column.key}
                  label={column.label}
                  value={row[column.key] ?? ''}
                  onChange={(e) => set(index, column.key, e.currentTarget.value)}
                  data={[...column.options]}
                />
              ) : (
                <TextInput
                  key={column.key}
                  label={column.label}
                  required={column.required}
                  value={row[column.key] ?? ''}
                  error={errorOf?.(index, column.key)}
                  onChange={(e) => set(index, column.key, e.currentTarget.value)}
                  style={{ flex: '1 1 12rem' }}
                />
              ),
            )}
            <Button
              variant="subtle"
              color="red.9"
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
              aria-label={t('plans.fields.remove', { index: index + 1, list: legend })}
            >
              <IconTrash size={16} aria-hidden />
            </Button>
          </Group>
        ))}
        <Button
          variant="light"
          size="compact-sm"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => onChange([...rows, empty()])}
          aria-label={t('plans.fields.addTo', { list: legend })}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('plans.fields.add')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
