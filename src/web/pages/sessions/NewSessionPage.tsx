import {
  Alert,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoOfWallTime } from '../../../core/time-zone.js';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { usePrograms } from '../../api/programs.js';
import { useSession } from '../../api/session.js';
import {
  type SessionType,
  sessionOpenness,
  sessionOrganizerRoles,
  usePlanSeries,
  useSessionTypes,
} from '../../api/sessions.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { notify } from '../../notify.js';
import { type HostEmployer, HostEmployerFields } from './HostEmployerFields.js';
import { MeetingsEditor } from './MeetingsEditor.js';
import type { LocalDateTime } from './meetings.js';
import { SessionTypeForm } from './SessionTypeForm.js';
import { TypeChoice, useTypeName } from './TypeChoice.js';

type Openness = (typeof sessionOpenness)[number];

export function NewSessionPage() {
  const { t } = useTranslation();
  const session = useSession();
  const types = useSessionTypes();
  const [typeId, setTypeId] = useState<string | null>(null);
  const [addingType, setAddingType] = useState(false);
  const organizer = sessionOrganizerRoles.includes(session.role);
  const active = (types.data ?? []).filter((type) => type.active);
  const chosen = active.find((type) => type.id === typeId) ?? null;
  return (
    <>
      <PageTitle title={t('sessions.plan.title')} intro={t('sessions.plan.intro')} />
      {organizer ? (
        <QueryState
          isPending={types.isPending}
          error={types.error}
          onRetry={() => types.refetch()}
          missingRouteText={t('sessions.unavailable')}
        >
          <Stack gap="lg">
            <TypeChoice
              types={active}
              typeId={typeId}
              onChoose={setTypeId}
              onAdd={() => setAddingType(true)}
              adding={addingType}
            />
            {addingType ? (
              <SessionTypeForm
                onDone={(id) => {
                  setAddingType(false);
                  if (id) setTypeId(id);
                }}
              />
            ) : null}
            {chosen ? <SeriesForm key={chosen.id} type={chosen} /> : null}
          </Stack>
        </QueryState>
      ) : (
        <Alert color="blue">{t('sessions.plan.organizersOnly')}</Alert>
      )}
    </>
  );
}

function SeriesForm({ type }: { type: SessionType }) {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const nameOf = useTypeName();
  const plan = usePlanSeries();
  const [title, setTitle] = useState(nameOf(type));
  const [place, setPlace] = useState('');
  const [meetingLink, setMeetingLink] = useState('');
  const [capacity, setCapacity] = useState<number | string>('');
  const [openness, setOpenness] = useState<Openness>('organization');
  const [consortiumId, setConsortiumId] = useState(session.consortia[0]?.id ?? '');
  const [presenter, setPresenter] = useState('');
  const [host, setHost] = useState<HostEmployer>({ employer: null, siteId: '' });
  const programs = usePrograms();
  const [programId, setProgramId] = useState('');
  const [starts, setStarts] = useState<LocalDateTime[]>([]);
  const [localError, setLocalError] = useState<string | null>(null);
  const errors = fieldErrorsOf(plan.error);
  const meetingError =
    errors.meetings ?? Object.entries(errors).find(([path]) => path.startsWith('meetings.'))?.[1];
  const showsPlace = type.mode !== 'virtual';
  const showsLink = type.mode !== 'in_person';
  const opennessChoices = sessionOpenness.filter(
    (value) => value !== 'consortium' || session.consortia.length > 0,
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setLocalError(null);
    // The organization's wall-clock times, as the editor showed them.
    const instants = starts.map((start) => isoOfWallTime(start, session.organization.timeZone));
    if (starts.length === 0 || instants.some((instant) => instant === null)) {
      setLocalError(t('sessions.plan.datesNeeded'));
      return;
    }
    try {
      const created = await plan.mutateAsync({
        sessionTypeId: type.id,
        title,
        place: showsPlace && place.trim() ? place : null,
        meetingLink: showsLink && meetingLink.trim() ? meetingLink.trim() : null,
        capacity: typeof capacity === 'number' ? capacity : null,
        openness,
        consortiumId: openness === 'consortium' ? consortiumId || null : null,
        presenter: presenter.trim() ? presenter : null,
        employerId: host.employer?.value ?? null,
        employerSiteId: host.employer && host.siteId ? host.siteId : null,
        programId: programId || null,
        meetings: instants.map((startsAt) => ({ startsAt: startsAt as string })),
      });
      notify({ color: 'green', message: t('sessions.plan.planned', { title }) });
      await navigate({ to: '/sessions/$seriesId', params: { seriesId: created.id } });
    } catch {
      // Shown above the form and under the fields.
    }
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="series-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="series-title">
          {t('sessions.plan.seriesStep')}
        </Title>
        {plan.error || localError ? (
          <Alert color="red" role="alert">
            {localError ?? errorMessage(plan.error)}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('sessions.field.title')}
            required
            value={title}
            error={errors.title}
            onChange={(event) => setTitle(event.currentTarget.value)}
          />
          <TextInput
            label={t('sessions.field.presenter')}
            value={presenter}
            error={errors.presenter}
            onChange={(event) => setPresenter(event.currentTarget.value)}
          />
          {showsPlace ? (
            <TextInput
              label={t('sessions.field.place')}
              value={place}
              error={errors.place}
              onChange={(event) => setPlace(event.currentTarget.value)}
            />
          ) : null}
          {showsLink ? (
            <TextInput
              type="url"
              label={t('sessions.field.meetingLink')}
              placeholder="https://"
              value={meetingLink}
              error={errors.meetingLink}
              onChange={(event) => setMeetingLink(event.currentTarget.value)}
            />
          ) : null}
          <HostEmployerFields value={host} onChange={setHost} errors={errors} />
          <NumberInput
            label={t('sessions.plan.capacity')}
            description={
              type.capacity === null
                ? t('sessions.plan.capacityNone')
                : t('sessions.plan.capacityOfType', { capacity: type.capacity })
            }
            min={1}
            max={10_000}
            allowDecimal={false}
            value={capacity}
            error={errors.capacity}
            onChange={setCapacity}
          />
          <NativeSelect
            label={t('sessions.field.openness')}
            value={openness}
            error={errors.openness}
            onChange={(event) => setOpenness(event.currentTarget.value as Openness)}
            data={opennessChoices.map((value) => ({ value, label: t(`sessions.openness.${value}`) }))}
          />
          <NativeSelect
            label={t('sessions.field.program')}
            description={t('sessions.plan.programHint')}
            value={programId}
            error={errors.programId}
            onChange={(event) => setProgramId(event.currentTarget.value)}
            data={[
              { value: '', label: t('sessions.plan.noProgram') },
              ...(programs.data ?? []).map((program) => ({ value: program.id, label: program.name })),
            ]}
          />
          {openness === 'consortium' ? (
            <NativeSelect
              label={t('sessions.field.consortium')}
              required
              value={consortiumId}
              error={errors.consortiumId}
              onChange={(event) => setConsortiumId(event.currentTarget.value)}
              data={session.consortia.map((consortium) => ({ value: consortium.id, label: consortium.name }))}
            />
          ) : null}
        </SimpleGrid>
        <MeetingsEditor starts={starts} onChange={setStarts} error={meetingError} />
        <Group>
          <Button type="submit" loading={plan.isPending}>
            {t('sessions.plan.submit', { count: starts.length })}
          </Button>
          <Button variant="default" renderRoot={(props) => <Link to="/sessions" {...props} />}>
            {t('app.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
