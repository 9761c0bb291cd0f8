import { Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoOfWallTime, wallTimeOf } from '../../../core/time-zone.js';
import { errorMessage } from '../../api/errors.js';
import { type Appointment, useCancelAppointment, useRescheduleAppointment } from '../../api/follow-up.js';
import { notify } from '../../notify.js';
import { useFollowUpFormat } from './ui.js';

/** Cancelling asks for an optional reason; moving for the new time. Both tell the participants. */
export function CancelDialog({
  personId,
  appointment,
  onClose,
}: {
  personId: string;
  appointment: Appointment;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFollowUpFormat();
  const cancel = useCancelAppointment(personId);
  const [reason, setReason] = useState('');
  const title = t('followUp.appointments.cancelOf', { date: format.dateTime(appointment.startsAt) });
  return (
    <Dialog title={title} onClose={onClose}>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          try {
            await cancel.mutateAsync({ appointmentId: appointment.id, reason: reason.trim() || null });
            notify({ color: 'green', message: t('followUp.appointments.cancelled') });
            onClose();
          } catch {
            // Shown in the dialog.
          }
        }}
      >
        <Stack>
          {cancel.error ? (
            <Text c="red.8" role="alert">
              {errorMessage(cancel.error)}
            </Text>
          ) : null}
          <TextInput
            label={t('followUp.appointments.cancelReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            data-autofocus
          />
          <Group>
            <Button type="submit" color="red.8" loading={cancel.isPending}>
              {t('followUp.appointments.cancelConfirm')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('followUp.appointments.keep')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

export function MoveDialog({
  personId,
  appointment,
  onClose,
}: {
  personId: string;
  appointment: Appointment;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFollowUpFormat();
  const move = useRescheduleAppointment(personId);
  const [startsAt, setStartsAt] = useState(wallTimeOf(appointment.startsAt, format.timeZone));
  const [duration, setDuration] = useState<number>(appointment.durationMinutes);
  const [localError, setLocalError] = useState<string | null>(null);
  const title = t('followUp.appointments.moveOf', { date: format.dateTime(appointment.startsAt) });
  return (
    <Dialog title={title} onClose={onClose}>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const iso = isoOfWallTime(startsAt, format.timeZone);
          if (!iso) {
            setLocalError(t('followUp.form.timeNeeded'));
            return;
          }
          try {
            const result = await move.mutateAsync({
              appointmentId: appointment.id,
              startsAt: iso,
              durationMinutes: duration,
            });
            notify({ color: 'green', message: t('followUp.appointments.moved') });
            if (result.conflicts.length > 0)
              notify({
                color: 'red',
                autoClose: 12_000,
                message: t('followUp.appointments.conflicts', {
                  count: result.conflicts.length,
                  times: result.conflicts.map((c) => format.dateTime(c.startsAt)).join(', '),
                }),
              });
            onClose();
          } catch {
            // Shown in the dialog.
          }
        }}
      >
        <Stack>
          {move.error || localError ? (
            <Text c="red.8" role="alert">
              {localError ?? errorMessage(move.error)}
            </Text>
          ) : null}
          <TextInput
            type="datetime-local"
            required
            label={t('followUp.form.startsAt')}
            description={t('followUp.form.timeZone', { timeZone: format.timeZone })}
            value={startsAt}
            onChange={(e) => setStartsAt(e.currentTarget.value)}
            data-autofocus
          />
          <NumberInput
            required
            label={t('followUp.form.duration')}
            min={5}
            max={720}
            step={15}
            allowDecimal={false}
            value={duration}
            onChange={(value) => setDuration(Number(value) || 0)}
          />
          <Group>
            <Button type="submit" loading={move.isPending}>
              {t('followUp.appointments.move')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('app.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

/** A modal whose header is no second banner landmark (Mantine renders a <header>). */
export function Dialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal.Root opened onClose={onClose}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header component="div">
          <Modal.Title>{title}</Modal.Title>
          <Modal.CloseButton aria-label={t('app.close')} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
