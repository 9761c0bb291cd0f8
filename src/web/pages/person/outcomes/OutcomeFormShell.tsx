import { Alert, Button, Group, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/errors.js';
import { outcomeFieldErrors, shownUnder } from './exit-errors.js';

/**
 * The frame of every form about an exit or a follow-up: the server's refusal on top unless it is shown
 * under one of the form's fields (`shown`), the fields, then Cancel and the action.
 */
export function OutcomeFormShell({
  error,
  shown,
  pending,
  submitLabel,
  onSubmit,
  onClose,
  children,
}: {
  error: unknown;
  /** The request's paths the form shows under a field. */
  shown: readonly string[];
  pending: boolean;
  submitLabel: string;
  /** Rejects when the server refuses: the refusal is shown, the dialog stays open. */
  onSubmit: () => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await onSubmit();
    } catch {
      // Shown in the form.
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {error && !shownUnder(outcomeFieldErrors(error, t), shown) ? (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        ) : null}
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('outcomes.dialog.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
