import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useStaffOptions } from '../../api/people.js';
import { type SeriesDetail, searchPeopleOptions, useEnrolParticipant } from '../../api/sessions.js';
import { type PickerOption, SearchPicker } from '../../components/SearchPicker.js';
import { notify } from '../../notify.js';

/** Enrols a person the organization follows, or, in a staff training, a staff member. */
export function EnrolForm({ series }: { series: SeriesDetail }) {
  const { t } = useTranslation();
  const enrol = useEnrolParticipant(series.id);
  const staffTraining = series.audience === 'staff';
  const staff = useStaffOptions();
  const [person, setPerson] = useState<PickerOption | null>(null);
  const [userId, setUserId] = useState('');
  const [pickerKey, setPickerKey] = useState(0);
  const taken = new Set(
    series.participants
      .filter((participant) => participant.status !== 'withdrawn')
      .map((participant) => participant.userId ?? participant.personId),
  );
  const staffChoices = (staff.data ?? []).filter((member) => !member.disabled && !taken.has(member.userId));
  const full = series.capacity !== null && series.enrolled >= series.capacity;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosenName = staffTraining
      ? staffChoices.find((member) => member.userId === userId)?.displayName
      : person?.label;
    if (!chosenName) return;
    try {
      const result = await enrol.mutateAsync(
        staffTraining ? { userId } : { personId: person?.value as string },
      );
      notify({
        color: 'green',
        message: t(result.status === 'enrolled' ? 'sessions.enrol.enrolled' : 'sessions.enrol.waitlisted', {
          name: chosenName,
        }),
      });
      setPerson(null);
      setUserId('');
      setPickerKey((key) => key + 1);
    } catch {
      // Shown above the form.
    }
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="enrol-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="enrol-title">
          {staffTraining ? t('sessions.enrol.staffTitle') : t('sessions.enrol.title')}
        </Title>
        {full ? <Text size="sm">{t('sessions.enrol.full')}</Text> : null}
        {enrol.error ? (
          <Alert color="red" role="alert">
            {errorMessage(enrol.error)}
          </Alert>
        ) : null}
        <Group align="flex-end" wrap="wrap">
          {staffTraining ? (
            staff.error ? (
              <Alert color="red" role="alert">
                {errorMessage(staff.error)}
              </Alert>
            ) : (
              <NativeSelect
                label={t('sessions.enrol.staffMember')}
                value={userId}
                onChange={(event) => setUserId(event.currentTarget.value)}
                data={[
                  { value: '', label: t('sessions.enrol.chooseStaff') },
                  ...staffChoices.map((member) => ({ value: member.userId, label: member.displayName })),
                ]}
                style={{ flex: 1, minWidth: 220 }}
              />
            )
          ) : (
            <div style={{ flex: 1, minWidth: 220 }}>
              <SearchPicker
                key={pickerKey}
                label={t('sessions.enrol.person')}
                description={t('sessions.enrol.personHint')}
                queryKey="session-enrol-people"
                search={searchPeopleOptions}
                value={person}
                onChange={setPerson}
              />
            </div>
          )}
          <Button type="submit" loading={enrol.isPending} disabled={staffTraining ? !userId : !person}>
            {full ? t('sessions.enrol.submitWaitlist') : t('sessions.enrol.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
