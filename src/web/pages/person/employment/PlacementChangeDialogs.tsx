import { Alert, Button, Group, NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/errors.js';
import {
  earlyEndReasons,
  type PlacementView,
  suspensionReasons,
  useChangePlacementSettings,
  useEndPlacementEarly,
  useRenewPlacement,
  useSuspendPlacement,
} from '../../../api/placements.js';
import { todayInOrganization } from '../../../format.js';
import { notify } from '../../../notify.js';
import { Dialog } from '../../caseload/Dialog.js';
import { placementFieldErrors } from './placement-errors.js';

export type PlacementChange = 'renew' | 'suspend' | 'endEarly';

/** The dialog of one change of a contract: renew it, suspend it, or record its early end. */
export function PlacementChangeDialog({
  placement,
  change,
  opened,
  onClose,
}: {
  placement: PlacementView;
  /** Kept after closing, so that the dialog keeps its name while it fades out. */
  change: PlacementChange;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog opened={opened} onClose={onClose} title={t(`placements.${change}.title`)}>
      {opened && change === 'renew' ? <RenewForm placement={placement} onClose={onClose} /> : null}
      {opened && change === 'suspend' ? <SuspendForm placement={placement} onClose={onClose} /> : null}
      {opened && change === 'endEarly' ? <EndEarlyForm placement={placement} onClose={onClose} /> : null}
    </Dialog>
  );
}

function ChangeForm({
  error,
  pending,
  submitLabel,
  onSubmit,
  onClose,
  children,
}: {
  error: unknown;
  pending: boolean;
  submitLabel: string;
  onSubmit: () => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await onSubmit();
      onClose();
    } catch {
      // Shown in the form.
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {error && Object.keys(placementFieldErrors(error, t)).length === 0 ? (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        ) : null}
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('placements.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RenewForm({ placement, onClose }: { placement: PlacementView; onClose: () => void }) {
  const { t } = useTranslation();
  const renew = useRenewPlacement(placement.id);
  const [newEndOn, setNewEndOn] = useState('');
  const [decidedOn, setDecidedOn] = useState(todayInOrganization());
  const fields = placementFieldErrors(renew.error, t);
  return (
    <ChangeForm
      error={renew.error}
      pending={renew.isPending}
      submitLabel={t('placements.renew.submit')}
      onClose={onClose}
      onSubmit={async () => {
        const result = await renew.mutateAsync({ newEndOn, decidedOn });
        notify({ color: 'green', message: t('placements.renew.done', { date: result.endsOn }) });
      }}
    >
      <TextInput
        type="date"
        label={t('placements.renew.newEndOn')}
        required
        value={newEndOn}
        error={fields.newEndOn}
        onChange={(event) => setNewEndOn(event.currentTarget.value)}
        data-autofocus
      />
      <TextInput
        type="date"
        label={t('placements.renew.decidedOn')}
        required
        value={decidedOn}
        error={fields.decidedOn}
        onChange={(event) => setDecidedOn(event.currentTarget.value)}
      />
    </ChangeForm>
  );
}

function SuspendForm({ placement, onClose }: { placement: PlacementView; onClose: () => void }) {
  const { t } = useTranslation();
  const suspend = useSuspendPlacement(placement.id);
  const [fromOn, setFromOn] = useState(todayInOrganization());
  const [toOn, setToOn] = useState('');
  const [reason, setReason] = useState<string>(suspensionReasons[0]);
  const fields = placementFieldErrors(suspend.error, t);
  return (
    <ChangeForm
      error={suspend.error}
      pending={suspend.isPending}
      submitLabel={t('placements.suspend.submit')}
      onClose={onClose}
      onSubmit={async () => {
        await suspend.mutateAsync({ fromOn, toOn, reason: reason as (typeof suspensionReasons)[number] });
        notify({ color: 'green', message: t('placements.suspend.done') });
      }}
    >
      <Text size="sm">{t('placements.suspend.hint')}</Text>
      <TextInput
        type="date"
        label={t('placements.suspend.fromOn')}
        required
        value={fromOn}
        error={fields.fromOn}
        onChange={(event) => setFromOn(event.currentTarget.value)}
        data-autofocus
      />
      <TextInput
        type="date"
        label={t('placements.suspend.toOn')}
        required
        value={toOn}
        error={fields.toOn}
        onChange={(event) => setToOn(event.currentTarget.value)}
      />
      <NativeSelect
        label={t('placements.suspend.reason')}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        data={suspensionReasons.map((r) => ({ value: r, label: t(`placements.suspensionReason.${r}`) }))}
      />
    </ChangeForm>
  );
}

function EndEarlyForm({ placement, onClose }: { placement: PlacementView; onClose: () => void }) {
  const { t } = useTranslation();
  const end = useEndPlacementEarly(placement.id);
  const [endedOn, setEndedOn] = useState(todayInOrganization());
  const [reason, setReason] = useState<string>(earlyEndReasons[0]);
  const fields = placementFieldErrors(end.error, t);
  return (
    <ChangeForm
      error={end.error}
      pending={end.isPending}
      submitLabel={t('placements.endEarly.submit')}
      onClose={onClose}
      onSubmit={async () => {
        await end.mutateAsync({ endedOn, reason: reason as (typeof earlyEndReasons)[number] });
        notify({ color: 'green', message: t('placements.endEarly.done') });
      }}
    >
      <TextInput
        type="date"
        label={t('placements.endEarly.endedOn')}
        required
        value={endedOn}
        error={fields.endedOn}
        onChange={(event) => setEndedOn(event.currentTarget.value)}
        data-autofocus
      />
      <NativeSelect
        label={t('placements.endEarly.reason')}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        data={earlyEndReasons.map((r) => ({ value: r, label: t(`placements.earlyEndReason.${r}`) }))}
      />
    </ChangeForm>
  );
}

/** The organization's end-alert setting, changed by administrators and coordinators. */
export function PlacementSettingsDialog({
  opened,
  days,
  onClose,
}: {
  opened: boolean;
  days: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog opened={opened} onClose={onClose} title={t('placements.settings.title')} size="sm">
      {opened ? <SettingsForm days={days} onClose={onClose} /> : null}
    </Dialog>
  );
}

function SettingsForm({ days, onClose }: { days: number; onClose: () => void }) {
  const { t } = useTranslation();
  const change = useChangePlacementSettings();
  const [value, setValue] = useState<number | string>(days);
  const fields = placementFieldErrors(change.error, t);
  return (
    <ChangeForm
      error={change.error}
      pending={change.isPending}
      submitLabel={t('placements.settings.submit')}
      onClose={onClose}
      onSubmit={async () => {
        await change.mutateAsync({ endAlertDays: Number(value) });
        notify({ color: 'green', message: t('placements.settings.saved') });
      }}
    >
      <NumberInput
        label={t('placements.settings.days')}
        description={t('placements.settings.hint')}
        min={1}
        max={180}
        allowDecimal={false}
        value={value}
        error={fields.endAlertDays}
        onChange={setValue}
        data-autofocus
      />
    </ChangeForm>
  );
}
