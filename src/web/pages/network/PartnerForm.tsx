import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useEmployers } from '../../api/employers.js';
import { errorMessage } from '../../api/errors.js';
import { type PartnerBody, type PartnerView, partnerKinds, partnerSectors } from '../../api/network.js';

type Draft = {
  name: string;
  kind: PartnerBody['kind'];
  sectors: string[];
  area: string;
  website: string;
  notes: string;
  employerId: string;
  sharedWithConsortium: boolean;
};

export function partnerDraftOf(partner?: PartnerView): Draft {
  return {
    name: partner?.name ?? '',
    kind: partner?.kind ?? 'association',
    sectors: partner?.sectors ?? [],
    area: partner?.area ?? '',
    website: partner?.website ?? '',
    notes: partner?.notes ?? '',
    employerId: partner?.employerId ?? '',
    sharedWithConsortium: partner?.sharedWithConsortium ?? false,
  };
}

/** The body the API takes: empty fields null, an employer record only for an employer. */
export function partnerBodyOf(draft: Draft): PartnerBody {
  const orNull = (value: string) => value.trim() || null;
  return {
    name: draft.name.trim(),
    kind: draft.kind,
    sectors: draft.sectors as PartnerBody['sectors'],
    area: orNull(draft.area),
    website: orNull(draft.website),
    notes: orNull(draft.notes),
    employerId: draft.kind === 'employer' && draft.employerId ? draft.employerId : null,
    sharedWithConsortium: draft.sharedWithConsortium,
  };
}

export function PartnerForm({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
}: {
  initial: Draft;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: PartnerBody) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const employers = useEmployers({});
  const fields = error instanceof ApiError ? error.fieldErrors() : {};
  const set =
    (key: 'name' | 'area' | 'website' | 'notes' | 'employerId' | 'kind') =>
    (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setDraft((d) => ({ ...d, [key]: value }));
    };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit(partnerBodyOf(draft)).catch(() => {
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
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('network.partners.fields.name')}
            required
            maxLength={200}
            value={draft.name}
            error={fields.name}
            onChange={set('name')}
            data-autofocus
          />
          <NativeSelect
            label={t('network.partners.fields.kind')}
            value={draft.kind}
            error={fields.kind}
            onChange={set('kind')}
            data={partnerKinds.map((value) => ({ value, label: t(`network.kind.${value}`) }))}
          />
          <TextInput
            label={t('network.partners.fields.area')}
            maxLength={200}
            value={draft.area}
            error={fields.area}
            onChange={set('area')}
          />
          <TextInput
            type="url"
            label={t('network.partners.fields.website')}
            maxLength={500}
            value={draft.website}
            error={fields.website}
            onChange={set('website')}
          />
          {draft.kind === 'employer' ? (
            <NativeSelect
              label={t('network.partners.fields.employer')}
              value={draft.employerId}
              error={fields.employerId}
              onChange={set('employerId')}
              data={[
                { value: '', label: t('network.partners.fields.noEmployer') },
                ...(employers.data?.items ?? []).map((e) => ({ value: e.id, label: e.name })),
              ]}
            />
          ) : null}
        </SimpleGrid>
        <Checkbox.Group
          label={t('network.partners.fields.sectors')}
          value={draft.sectors}
          onChange={(sectors) => setDraft((d) => ({ ...d, sectors }))}
          error={fields.sectors}
        >
          <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} mt="xs">
            {partnerSectors.map((value) => (
              <Checkbox key={value} value={value} label={t(`network.sector.${value}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Textarea
          label={t('network.partners.fields.notes')}
          autosize
          minRows={2}
          maxLength={4000}
          value={draft.notes}
          error={fields.notes}
          onChange={set('notes')}
        />
        <Checkbox
          label={t('network.partners.fields.shared')}
          checked={draft.sharedWithConsortium}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            setDraft((d) => ({ ...d, sharedWithConsortium: checked }));
          }}
        />
        <Group>
          <Button type="submit" loading={pending} disabled={!draft.name.trim()}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
