import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/errors.js';
import { usePersonHousehold } from '../../api/households.js';
import {
  arrivalActivities,
  housingKinds,
  type PlaceOption,
  type RecordMoveBody,
  searchPlaces,
  useRecordMove,
  useRegionPartners,
} from '../../api/moves.js';
import { usePersonEnrolments } from '../../api/programs.js';
import { FormErrorAlert } from '../../components/FormErrorAlert.js';
import { type PickerOption, SearchPicker } from '../../components/SearchPicker.js';
import { Dialog } from '../caseload/Dialog.js';

/** The option's value carries the place's key and its region's code: `CA:6128577:08`. */
const placeOption = (place: PlaceOption): PickerOption => ({
  value: `${place.country}:${place.code}:${place.district?.code ?? ''}`,
  label: place.name,
  hint: place.district?.name ?? place.region.name,
});

/**
 * Recording a household's move once it happened: the municipality (its region follows), housing,
 * what brings its income, who moved, the program enrolment it ends (with the exit "moved to a region")
 * and the regional partner who will take over — those covering the destination's region first.
 */
export function RecordMoveDialog({
  personId,
  opened,
  onClose,
  onRecorded,
}: {
  personId: string;
  opened: boolean;
  onClose: () => void;
  onRecorded: (receivingOrganizationId: string | null) => void;
}) {
  const { t } = useTranslation();
  const record = useRecordMove(personId);
  const household = usePersonHousehold(personId);
  const enrolments = usePersonEnrolments(personId);
  const regions = useRegionPartners(opened);
  const [country] = useState<'CA'>('CA');
  const [place, setPlace] = useState<PickerOption | null>(null);
  const [movedOn, setMovedOn] = useState('');
  const [housing, setHousing] = useState<RecordMoveBody['housing']>('rented');
  const [activity, setActivity] = useState<RecordMoveBody['activity']>('job');
  const [activityNote, setActivityNote] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  const [dependants, setDependants] = useState<number>(0);
  const [enrolment, setEnrolment] = useState('');
  const [receiver, setReceiver] = useState('');
  const [note, setNote] = useState('');
  const errors = fieldErrorsOf(record.error);
  const open = (enrolments.data ?? []).filter((e) => e.status === 'enrolled');
  const others = (household.data?.household?.members ?? []).filter((m) => m.personId !== personId);
  const placeRegion = place?.value.split(':')[2] || null;
  const regionItems = regions.data?.items ?? [];
  const inRegion = regionItems.find((r) => r.code === placeRegion)?.partners ?? [];
  const elsewhere = regionItems
    .flatMap((r) => r.partners)
    .filter(
      (p, index, all) =>
        !inRegion.some((q) => q.id === p.id) && all.findIndex((q) => q.id === p.id) === index,
    );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const [, code = ''] = (place?.value ?? '').split(':');
    const result = await record.mutateAsync({
      movedOn,
      destination: { country, code },
      housing,
      activity,
      activityNote: activityNote.trim() || null,
      memberPersonIds: members,
      dependants,
      enrolmentId: enrolment || null,
      receivingOrganizationId: receiver || null,
      note: note.trim() || null,
    });
    if (result) onRecorded(receiver || null);
  };
  return (
    <Dialog opened={opened} onClose={onClose} title={t('moves.form.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormErrorAlert error={record.error} />
          <TextInput
            type="date"
            label={t('moves.form.movedOn')}
            description={t('moves.form.movedOnHint')}
            value={movedOn}
            onChange={(event) => setMovedOn(event.currentTarget.value)}
            error={errors.movedOn}
            required
          />
          <SearchPicker
            label={t('moves.form.destination')}
            description={t('moves.form.destinationHint')}
            queryKey={`places-${country}`}
            search={async (text, signal) => (await searchPlaces(country, text, signal)).map(placeOption)}
            value={place}
            onChange={(option) => {
              setPlace(option);
              setReceiver('');
            }}
            error={errors['destination.code'] ?? errors.destination}
          />
          <NativeSelect
            label={t('moves.form.housing')}
            value={housing}
            onChange={(event) => setHousing(event.currentTarget.value as RecordMoveBody['housing'])}
            error={errors.housing}
            data={housingKinds.map((value) => ({ value, label: t(`moves.housing.${value}`) }))}
          />
          <NativeSelect
            label={t('moves.form.activity')}
            value={activity}
            onChange={(event) => setActivity(event.currentTarget.value as RecordMoveBody['activity'])}
            error={errors.activity}
            data={arrivalActivities.map((value) => ({ value, label: t(`moves.activity.${value}`) }))}
          />
          <TextInput
            label={t('moves.form.activityNote')}
            description={t('moves.form.activityNoteHint')}
            value={activityNote}
            onChange={(event) => setActivityNote(event.currentTarget.value)}
            error={errors.activityNote}
            maxLength={500}
          />
          {others.length > 0 ? (
            <Checkbox.Group
              label={t('moves.form.members')}
              description={t('moves.form.membersHint')}
              value={members}
              onChange={setMembers}
              error={errors.memberPersonIds}
            >
              <Stack gap={4} mt={4}>
                {others.map((m) => (
                  <Checkbox key={m.personId} value={m.personId} label={`${m.givenName} ${m.familyName}`} />
                ))}
              </Stack>
            </Checkbox.Group>
          ) : null}
          <NumberInput
            label={t('moves.form.dependants')}
            description={t('moves.form.dependantsHint')}
            value={dependants}
            onChange={(value) => setDependants(typeof value === 'number' ? value : 0)}
            min={0}
            max={20}
            allowDecimal={false}
            error={errors.dependants}
          />
          <NativeSelect
            label={t('moves.form.enrolment')}
            description={t('moves.form.enrolmentHint')}
            value={enrolment}
            onChange={(event) => setEnrolment(event.currentTarget.value)}
            error={errors.enrolmentId}
            data={[
              { value: '', label: t('moves.form.noEnrolment') },
              ...open.map((e) => ({ value: e.id, label: e.programName })),
            ]}
          />
          <NativeSelect
            label={t('moves.form.receiver')}
            description={t('moves.form.receiverHint')}
            value={receiver}
            onChange={(event) => setReceiver(event.currentTarget.value)}
            error={errors.receivingOrganizationId}
            data={[
              { value: '', label: t('moves.form.noReceiver') },
              ...(inRegion.length > 0
                ? [
                    {
                      group: t('moves.form.partnersInRegion'),
                      items: inRegion.map((p) => ({ value: p.id, label: p.name })),
                    },
                  ]
                : []),
              ...(elsewhere.length > 0
                ? [
                    {
                      group: t('moves.form.otherPartners'),
                      items: elsewhere.map((p) => ({ value: p.id, label: p.name })),
                    },
                  ]
                : []),
            ]}
          />
          {placeRegion && inRegion.length === 0 && regions.data ? (
            <Text size="sm" c="dimmed">
              {t('moves.form.noPartnerInRegion')}
            </Text>
          ) : null}
          <Textarea
            label={t('moves.form.note')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={errors.note}
            autosize
            minRows={2}
            maxLength={2000}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending} disabled={!place || !movedOn}>
              {t('moves.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
