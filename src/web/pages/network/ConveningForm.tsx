import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoOfWallTime, wallTimeOf } from '../../../core/time-zone.js';
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import type { ConveningBody, ConveningView } from '../../api/network.js';

/**
 * A convening's title, times (typed in the organization's time zone, whatever the browser's), place,
 * capacity, description and whether a public registration page is open.
 */
export function ConveningForm({
  initial,
  timeZone,
  submitLabel,
  pending,
  error,
  onSubmit,
}: {
  initial?: ConveningView;
  timeZone: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: ConveningBody) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({
    title: initial?.title ?? '',
    startsAt: initial ? wallTimeOf(initial.startsAt, timeZone) : '',
    endsAt: initial?.endsAt ? wallTimeOf(initial.endsAt, timeZone) : '',
    place: initial?.place ?? '',
    capacity: initial?.capacity ?? ('' as number | ''),
    description: initial?.description ?? '',
    publicRegistration: initial?.publicRegistration ?? true,
  });
  const fields = error instanceof ApiError ? error.fieldErrors() : {};
  const set =
    (key: 'title' | 'startsAt' | 'endsAt' | 'place' | 'description') =>
    (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setDraft((d) => ({ ...d, [key]: value }));
    };
  const startsAt = isoOfWallTime(draft.startsAt, timeZone);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!startsAt) return;
    void onSubmit({
      title: draft.title.trim(),
      startsAt,
      endsAt: draft.endsAt ? isoOfWallTime(draft.endsAt, timeZone) : null,
      place: draft.place.trim() || null,
      capacity: draft.capacity === '' ? null : draft.capacity,
      description: draft.description.trim() || null,
      publicRegistration: draft.publicRegistration,
    }).catch(() => {
      // Shown above the form.
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {error ? (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        ) : null}
        <TextInput
          label={t('network.convenings.fields.title')}
          required
          maxLength={200}
          value={draft.title}
          error={fields.title}
          onChange={set('title')}
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="datetime-local"
            label={t('network.convenings.fields.startsAt')}
            description={t('network.convenings.timeZone', { zone: timeZone })}
            required
            value={draft.startsAt}
            error={fields.startsAt}
            onChange={set('startsAt')}
          />
          <TextInput
            type="datetime-local"
            label={t('network.convenings.fields.endsAt')}
            description={t('network.convenings.timeZone', { zone: timeZone })}
            value={draft.endsAt}
            error={fields.endsAt}
            onChange={set('endsAt')}
          />
          <TextInput
            label={t('network.convenings.fields.place')}
            maxLength={300}
            value={draft.place}
            error={fields.place}
            onChange={set('place')}
          />
          <NumberInput
            label={t('network.convenings.fields.capacity')}
            description={t('network.convenings.fields.capacityHint')}
            min={1}
            max={100000}
            allowDecimal={false}
            value={draft.capacity}
            error={fields.capacity}
            onChange={(value) =>
              setDraft((d) => ({ ...d, capacity: typeof value === 'number' ? value : '' }))
            }
          />
        </SimpleGrid>
        <Textarea
          label={t('network.convenings.fields.description')}
          autosize
          minRows={3}
          maxLength={4000}
          value={draft.description}
          error={fields.description}
          onChange={set('description')}
        />
        <Checkbox
          label={t('network.convenings.fields.publicRegistration')}
          checked={draft.publicRegistration}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            setDraft((d) => ({ ...d, publicRegistration: checked }));
          }}
        />
        <Group>
          <Button type="submit" loading={pending} disabled={!draft.title.trim() || !startsAt}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
