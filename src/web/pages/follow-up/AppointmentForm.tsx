import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoOfWallTime } from '../../../core/time-zone.js';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { appointmentModes, useAgenda, useScheduleAppointment, useSites } from '../../api/follow-up.js';
import { notify } from '../../notify.js';
import { useFollowUpFormat } from './ui.js';

type Mode = (typeof appointmentModes)[number];
interface PartnerDraft {
  name: string;
  organization: string;
  email: string;
}

/**
 * Schedules an appointment for the person; overlaps come back as a warning shown after saving. The
 * agenda opens it on a free slot: the time and the staff member of that agenda come prefilled.
 */
export function AppointmentForm({
  personId,
  onDone,
  initialStartsAt = '',
  initialStaffUserIds = [],
}: {
  personId: string;
  onDone: () => void;
  /** 'YYYY-MM-DDTHH:mm' on the organization's wall clock, as the datetime-local field holds it. */
  initialStartsAt?: string;
  initialStaffUserIds?: string[];
}) {
  const { t } = useTranslation();
  const format = useFollowUpFormat();
  const schedule = useScheduleAppointment(personId);
  const sites = useSites();
  const staff = useAgenda({ view: 'day' });
  const [mode, setMode] = useState<Mode>('in_person');
  const [siteId, setSiteId] = useState('');
  const [place, setPlace] = useState('');
  const [meetingLink, setMeetingLink] = useState('');
  const [startsAt, setStartsAt] = useState(initialStartsAt);
  const [duration, setDuration] = useState<number>(45);
  const [staffUserIds, setStaffUserIds] = useState<string[]>(initialStaffUserIds);
  const [partners, setPartners] = useState<PartnerDraft[]>([]);
  const [localError, setLocalError] = useState<string | null>(null);
  const errors = fieldErrorsOf(schedule.error);
  const changePartner = (index: number, patch: Partial<PartnerDraft>) =>
    setPartners((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const submit = async () => {
    // The field holds the organization's wall-clock time, whatever the browser's zone.
    const iso = isoOfWallTime(startsAt, format.timeZone);
    if (!iso) {
      setLocalError(t('followUp.form.timeNeeded'));
      return;
    }
    setLocalError(null);
    try {
      const result = await schedule.mutateAsync({
        personId,
        mode,
        siteId: mode === 'in_person' && siteId ? siteId : null,
        place: mode === 'in_person' && !siteId ? place || null : null,
        meetingLink: mode === 'video' ? meetingLink.trim() || null : null,
        startsAt: iso,
        durationMinutes: duration,
        staffUserIds,
        partners: partners
          .filter((p) => p.name.trim())
          .map((p) => ({ name: p.name, organization: p.organization || null, email: p.email || null })),
      });
      notify({ color: 'green', message: t('followUp.appointments.scheduled') });
      if (result.conflicts.length > 0) {
        notify({
          color: 'red',
          autoClose: 12_000,
          message: t('followUp.appointments.conflicts', {
            count: result.conflicts.length,
            times: result.conflicts.map((c) => format.dateTime(c.startsAt)).join(', '),
          }),
        });
      }
      onDone();
    } catch {
      // Shown above the form.
    }
  };

  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-labelledby="appointment-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Text id="appointment-form-title" fw={600} mb="sm">
        {t('followUp.appointments.schedule')}
      </Text>
      {schedule.error || localError ? (
        <Alert color="red" role="alert" mb="sm">
          {localError ?? errorMessage(schedule.error)}
        </Alert>
      ) : null}
      <Stack gap="sm">
        <div>
          <Text component="span" size="sm" fw={500} id="appointment-mode-label">
            {t('followUp.form.mode')}
          </Text>
          <SegmentedControl
            fullWidth
            aria-labelledby="appointment-mode-label"
            value={mode}
            onChange={(value) => setMode(value as Mode)}
            data={appointmentModes.map((m) => ({ value: m, label: t(`followUp.mode.${m}`) }))}
          />
        </div>
        {mode === 'in_person' ? (
          <Group grow wrap="wrap" align="flex-start">
            <NativeSelect
              label={t('followUp.form.site')}
              value={siteId}
              onChange={(e) => setSiteId(e.currentTarget.value)}
              data={[
                { value: '', label: t('followUp.form.siteNone') },
                ...(sites.data ?? []).map((s) => ({ value: s.id, label: s.name })),
              ]}
            />
            {siteId ? null : (
              <TextInput
                label={t('followUp.form.place')}
                value={place}
                error={errors.place}
                onChange={(e) => setPlace(e.currentTarget.value)}
              />
            )}
          </Group>
        ) : null}
        {mode === 'video' ? (
          <TextInput
            type="url"
            required
            label={t('followUp.form.meetingLink')}
            description={t('followUp.form.meetingLinkHint')}
            placeholder="https://"
            value={meetingLink}
            error={errors.meetingLink}
            onChange={(e) => setMeetingLink(e.currentTarget.value)}
          />
        ) : null}
        <Group grow wrap="wrap" align="flex-start">
          <TextInput
            type="datetime-local"
            required
            label={t('followUp.form.startsAt')}
            description={t('followUp.form.timeZone', { timeZone: format.timeZone })}
            value={startsAt}
            error={errors.startsAt}
            onChange={(e) => setStartsAt(e.currentTarget.value)}
          />
          <NumberInput
            required
            label={t('followUp.form.duration')}
            min={5}
            max={720}
            step={15}
            allowDecimal={false}
            value={duration}
            error={errors.durationMinutes}
            onChange={(value) => setDuration(Number(value) || 0)}
          />
        </Group>
        <MultiSelect
          label={t('followUp.form.staff')}
          description={t('followUp.form.staffHint')}
          data={(staff.data?.staff ?? []).map((s) => ({ value: s.userId, label: s.displayName }))}
          value={staffUserIds}
          onChange={setStaffUserIds}
          searchable
          clearable
        />
        <Fieldset legend={t('followUp.form.partners')}>
          <Stack gap="xs">
            {partners.map((partner, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows being typed have no identity yet
              <Group key={index} align="flex-end" gap="xs" wrap="wrap">
                <TextInput
                  label={t('followUp.form.partnerName', { number: index + 1 })}
                  value={partner.name}
                  onChange={(e) => changePartner(index, { name: e.currentTarget.value })}
                />
                <TextInput
                  label={t('followUp.form.partnerOrganization', { number: index + 1 })}
                  value={partner.organization}
                  onChange={(e) => changePartner(index, { organization: e.currentTarget.value })}
                />
                <TextInput
                  type="email"
                  label={t('followUp.form.partnerEmail', { number: index + 1 })}
                  value={partner.email}
                  error={errors[`partners.${index}.email`]}
                  onChange={(e) => changePartner(index, { email: e.currentTarget.value })}
                />
                <ActionIcon
                  variant="subtle"
                  color="red.8"
                  size="lg"
                  aria-label={t('followUp.form.removePartner', { number: index + 1 })}
                  onClick={() => setPartners((rows) => rows.filter((_, i) => i !== index))}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="light"
              size="xs"
              w="fit-content"
              onClick={() => setPartners((rows) => [...rows, { name: '', organization: '', email: '' }])}
            >
              {t('followUp.form.addPartner')}
            </Button>
          </Stack>
        </Fieldset>
        <Group>
          <Button type="submit" loading={schedule.isPending}>
            {t('followUp.form.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('app.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
