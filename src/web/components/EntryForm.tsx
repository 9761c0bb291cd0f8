import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../api/errors.js';

export type EntryField =
  | { name: string; label: string; kind: 'text' | 'date' | 'textarea'; required?: boolean; dir?: 'auto' }
  | { name: string; label: string; kind: 'number'; required?: boolean; min?: number; max?: number }
  | {
      name: string;
      label: string;
      kind: 'select';
      required?: boolean;
      options: { value: string; label: string }[];
    }
  | { name: string; label: string; kind: 'checkbox' }
  | {
      name: string;
      label: string;
      kind: 'custom';
      /** The request field whose API error belongs under this control, when it differs from `name`. */
      errorPath?: string;
      render: (value: unknown, set: (value: unknown) => void, error?: string) => ReactNode;
    };

export type EntryValues = Record<string, unknown>;

/**
 * A small form to add or change one entry of a person's file (a language, a degree, a barrier…).
 * API validation messages land under the field they concern.
 */
export function EntryForm({
  title,
  fields,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  title: string;
  fields: EntryField[];
  initial?: EntryValues;
  submitLabel: string;
  onSubmit: (values: EntryValues) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<EntryValues>(initial ?? {});
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const errors = fieldErrorsOf(error);
  const set = (name: string, value: unknown) => setValues((previous) => ({ ...previous, [name]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await onSubmit(values);
      setValues(initial ?? {});
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  return (
    <Paper withBorder p="md" mt="md" component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {title}
        </Title>
        {error ? (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ alignItems: 'end' }}>
          {fields.map((field) => {
            const value = values[field.name];
            // Item bodies nest their fields under `data` ({ kind, data }); either path lands here.
            const path = field.kind === 'custom' && field.errorPath ? field.errorPath : field.name;
            const fieldError = errors[path] ?? errors[`data.${path}`];
            switch (field.kind) {
              case 'text':
              case 'date':
                return (
                  <TextInput
                    key={field.name}
                    label={field.label}
                    type={field.kind === 'date' ? 'date' : 'text'}
                    required={field.required}
                    dir={field.kind === 'text' ? field.dir : undefined}
                    value={(value as string | undefined) ?? ''}
                    error={fieldError}
                    onChange={(event) => set(field.name, event.currentTarget.value)}
                  />
                );
              case 'textarea':
                return (
                  <Textarea
                    key={field.name}
                    label={field.label}
                    required={field.required}
                    autosize
                    minRows={2}
                    value={(value as string | undefined) ?? ''}
                    error={fieldError}
                    onChange={(event) => set(field.name, event.currentTarget.value)}
                  />
                );
              case 'number':
                return (
                  <NumberInput
                    key={field.name}
                    label={field.label}
                    required={field.required}
                    min={field.min}
                    max={field.max}
                    allowDecimal={false}
                    value={(value as number | undefined) ?? ''}
                    error={fieldError}
                    onChange={(next) => set(field.name, typeof next === 'number' ? next : undefined)}
                  />
                );
              case 'select':
                return (
                  <NativeSelect
                    key={field.name}
                    label={field.label}
                    required={field.required}
                    value={(value as string | undefined) ?? ''}
                    error={fieldError}
                    onChange={(event) => set(field.name, event.currentTarget.value || undefined)}
                    data={[{ value: '', label: t('app.unknown') }, ...field.options]}
                  />
                );
              case 'checkbox':
                return (
                  <Checkbox
                    key={field.name}
                    label={field.label}
                    checked={Boolean(value)}
                    error={fieldError}
                    onChange={(event) => set(field.name, event.currentTarget.checked)}
                  />
                );
              case 'custom':
                return (
                  <div key={field.name}>
                    {field.render(value, (next) => set(field.name, next), fieldError)}
                  </div>
                );
            }
            return null;
          })}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('app.cancel')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
