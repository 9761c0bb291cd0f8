import { Button, Group, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/errors.js';
import { type StayDetail, useUpdateStay } from '../../api/stays.js';
import { FormErrorAlert } from '../../components/FormErrorAlert.js';
import { notify } from '../../notify.js';
import { Dialog } from '../caseload/Dialog.js';
import { type StayDraft, StayFields, stayDraftBody } from './StayFields.js';

/**
 * Changing a planned stay from its page: its dates, who goes and why. The region and the host stay as
 * planned (a stay elsewhere is another stay); the server refuses dates that would leave programme items out.
 */
export function EditStayDialog({ stay, onClose }: { stay: StayDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const personId = stay.personId ?? '';
  const update = useUpdateStay(stay.id);
  const [draft, setDraft] = useState<StayDraft>({
    startsOn: stay.startsOn,
    endsOn: stay.endsOn,
    travellers: stay.travellers.flatMap((traveller) => (traveller.personId ? [traveller.personId] : [])),
    children: stay.childrenWithoutFile,
    purpose: stay.purpose ?? '',
  });
  const errors = fieldErrorsOf(update.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      {
        regionCountry: stay.region.country as 'CA',
        regionCode: stay.region.code,
        hostOrganizationId: stay.host.id,
        ...stayDraftBody(draft),
      },
      {
        onSuccess: () => {
          notify({ color: 'green', message: t('stays.page.edited') });
          onClose();
        },
      },
    );
  };
  return (
    <Dialog opened onClose={onClose} title={t('stays.page.editTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormErrorAlert error={update.error} />
          <StayFields
            personId={personId}
            draft={draft}
            onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
            errors={errors}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending} disabled={!draft.startsOn || !draft.endsOn}>
              {t('stays.page.editSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
