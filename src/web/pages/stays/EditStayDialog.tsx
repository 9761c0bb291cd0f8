import { Alert, Button, Checkbox, Group, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { usePersonHousehold } from '../../api/households.js';
import { type StayDetail, useUpdateStay } from '../../api/stays.js';
import { notify } from '../../notify.js';
import { Dialog } from '../caseload/Dialog.js';

/**
 * Changing a planned stay from its page: its dates, who goes and why. The region and the host stay as
 * planned (a stay elsewhere is another stay); the server refuses dates that would leave programme items out.
 */
export function EditStayDialog({ stay, onClose }: { stay: StayDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const personId = stay.personId ?? '';
  const update = useUpdateStay(stay.id);
  const household = usePersonHousehold(personId);
  const [startsOn, setStartsOn] = useState(stay.startsOn);
  const [endsOn, setEndsOn] = useState(stay.endsOn);
  const [travellers, setTravellers] = useState<string[]>(
    stay.travellers.flatMap((traveller) => (traveller.personId ? [traveller.personId] : [])),
  );
  const [children, setChildren] = useState<number>(stay.childrenWithoutFile);
  const [purpose, setPurpose] = useState(stay.purpose ?? '');
  const errors = fieldErrorsOf(update.error);
  const members = household.data?.household?.members ?? [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      {
        regionCountry: stay.region.country as 'CA',
        regionCode: stay.region.code,
        hostOrganizationId: stay.host.id,
        startsOn,
        endsOn,
        travellerPersonIds: travellers,
        childrenWithoutFile: children,
        purpose: purpose.trim() || null,
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
          {update.error && Object.keys(errors).length === 0 ? (
            <Alert color="red" role="alert">
              {errorMessage(update.error)}
            </Alert>
          ) : null}
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label={t('stays.form.startsOn')}
              description={t('stays.form.datesHint')}
              value={startsOn}
              onChange={(event) => setStartsOn(event.currentTarget.value)}
              error={errors.startsOn}
              required
            />
            <TextInput
              type="date"
              label={t('stays.form.endsOn')}
              value={endsOn}
              min={startsOn || undefined}
              onChange={(event) => setEndsOn(event.currentTarget.value)}
              error={errors.endsOn}
              required
            />
          </Group>
          <Checkbox.Group
            label={t('stays.form.travellers')}
            description={t('stays.form.travellersHint')}
            value={travellers}
            onChange={setTravellers}
            error={errors.travellerPersonIds}
          >
            <Stack gap={4} mt={4}>
              {members.length > 0 ? (
                members.map((m) => (
                  <Checkbox key={m.personId} value={m.personId} label={`${m.givenName} ${m.familyName}`} />
                ))
              ) : (
                <Checkbox value={personId} label={t('stays.form.thisPerson')} />
              )}
            </Stack>
          </Checkbox.Group>
          <NumberInput
            label={t('stays.form.children')}
            description={t('stays.form.childrenHint')}
            value={children}
            onChange={(value) => setChildren(typeof value === 'number' ? value : 0)}
            min={0}
            max={20}
            allowDecimal={false}
            error={errors.childrenWithoutFile}
          />
          <Textarea
            label={t('stays.form.purpose')}
            description={t('stays.form.purposeHint')}
            value={purpose}
            onChange={(event) => setPurpose(event.currentTarget.value)}
            error={errors.purpose}
            autosize
            minRows={2}
            maxLength={2000}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending} disabled={!startsOn || !endsOn}>
              {t('stays.page.editSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
