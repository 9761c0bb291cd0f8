import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CommitmentBody,
  commitmentKinds,
  type EmployerView,
  pathwayFields,
  useAddCommitment,
  useChangeCommitmentStatus,
} from '../../api/employers.js';
import { errorMessage } from '../../api/errors.js';
import { formatDate, todayInOrganization } from '../../format.js';
import { notify } from '../../notify.js';
import { Dialog } from '../caseload/Dialog.js';
import { fieldErrorsOf, isFieldError } from './form-errors.js';
import { Section } from './Section.js';

type Commitment = EmployerView['commitments'][number];
type Field = (typeof pathwayFields)[number];

const statusColors: Record<Commitment['status'], string> = {
  committed: 'blue.9',
  in_progress: 'violet.9',
  fulfilled: 'green.9',
  not_fulfilled: 'orange.9',
  withdrawn: 'gray.7',
};

/** What the employer committed to: pathways opened in a field, hiring pledges over a period; each moved on. */
export function CommitmentsSection({ employer }: { employer: EmployerView }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <Section
      id="employer-commitments"
      title={t('employers.commitments.title')}
      action={
        employer.mayEdit ? (
          <Button size="xs" variant="light" onClick={() => setAdding(true)}>
            {t('employers.commitments.add')}
          </Button>
        ) : null
      }
    >
      {employer.commitments.length === 0 ? <Text>{t('employers.commitments.empty')}</Text> : null}
      <Stack gap="sm" component="ul" p={0} m={0} aria-label={t('employers.commitments.title')}>
        {employer.commitments.map((commitment) => (
          <CommitmentRow
            key={commitment.id}
            employerId={employer.id}
            commitment={commitment}
            mayEdit={employer.mayEdit}
          />
        ))}
      </Stack>
      <Dialog opened={adding} onClose={() => setAdding(false)} title={t('employers.commitments.addTitle')}>
        {adding ? <CommitmentForm employerId={employer.id} onClose={() => setAdding(false)} /> : null}
      </Dialog>
    </Section>
  );
}

/** "Pledges 12 hires in health care" or "Opens a pathway in health care". */
function commitmentTitle(t: TFunction, commitment: Commitment): string {
  const field = commitment.field ? t(`employers.field.${commitment.field}`) : null;
  if (commitment.kind === 'pathway') return t('employers.commitments.pathwayIn', { field });
  return field
    ? t('employers.commitments.pledgeIn', { count: commitment.hires ?? 0, field })
    : t('employers.commitments.pledge', { count: commitment.hires ?? 0 });
}

function CommitmentRow({
  employerId,
  commitment,
  mayEdit,
}: {
  employerId: string;
  commitment: Commitment;
  mayEdit: boolean;
}) {
  const { t } = useTranslation();
  const change = useChangeCommitmentStatus(employerId);
  const title = commitmentTitle(t, commitment);
  const move = async (status: string) => {
    if (!status || status === commitment.status) return;
    try {
      await change.mutateAsync({ commitmentId: commitment.id, status: status as Commitment['status'] });
      notify({ color: 'green', message: t('employers.commitments.moved') });
    } catch (error) {
      notify({ color: 'red', message: errorMessage(error) });
    }
  };
  return (
    <Stack gap={2} component="li" style={{ listStyle: 'none' }} data-commitment={title}>
      <Group gap="xs">
        <Text fw={600}>{title}</Text>
        <Badge color={statusColors[commitment.status]} variant="filled" tt="none">
          {t(`employers.status.${commitment.status}`)}
        </Badge>
      </Group>
      <Text size="sm">
        {[
          commitment.periodStart && commitment.periodEnd
            ? t('employers.commitments.period', {
                start: formatDate(commitment.periodStart),
                end: formatDate(commitment.periodEnd),
              })
            : null,
          t('employers.commitments.madeOn', { date: formatDate(commitment.madeOn) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {commitment.description ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {commitment.description}
        </Text>
      ) : null}
      {mayEdit && commitment.nextStatuses.length > 0 ? (
        <NativeSelect
          size="xs"
          maw={280}
          label={t('employers.commitments.changeStatus')}
          aria-label={t('employers.commitments.changeStatusOf', { commitment: title })}
          value=""
          disabled={change.isPending}
          onChange={(event) => void move(event.currentTarget.value)}
          data={[
            { value: '', label: t('employers.commitments.chooseStatus') },
            ...commitment.nextStatuses.map((status) => ({
              value: status,
              label: t(`employers.status.${status}`),
            })),
          ]}
        />
      ) : null}
    </Stack>
  );
}

function CommitmentForm({ employerId, onClose }: { employerId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddCommitment(employerId);
  const year = Number(todayInOrganization().slice(0, 4));
  const [kind, setKind] = useState<CommitmentBody['kind']>('pathway');
  const [field, setField] = useState<Field | ''>('health_care');
  const [hires, setHires] = useState<number | string>(1);
  const [periodStart, setPeriodStart] = useState(`${year}-01-01`);
  const [periodEnd, setPeriodEnd] = useState(`${year}-12-31`);
  const [madeOn, setMadeOn] = useState(todayInOrganization());
  const [description, setDescription] = useState('');
  const fields = fieldErrorsOf(add.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const common = { description: description.trim() || null, madeOn };
    const body: CommitmentBody =
      kind === 'pathway'
        ? { kind, field: (field || 'other') as Field, ...common }
        : { kind, field: field || null, hires: Number(hires), periodStart, periodEnd, ...common };
    try {
      await add.mutateAsync(body);
      notify({ color: 'green', message: t('employers.commitments.saved') });
      onClose();
    } catch {
      // Shown in the form.
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {add.error && !isFieldError(add.error) ? (
          <Alert color="red" role="alert">
            {errorMessage(add.error)}
          </Alert>
        ) : null}
        <NativeSelect
          label={t('employers.commitments.fields.kind')}
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as CommitmentBody['kind'])}
          data={commitmentKinds.map((k) => ({ value: k, label: t(`employers.commitmentKind.${k}`) }))}
          data-autofocus
        />
        <NativeSelect
          label={t('employers.commitments.fields.field')}
          value={field}
          onChange={(event) => setField(event.currentTarget.value as Field | '')}
          data={[
            ...(kind === 'hiring_pledge' ? [{ value: '', label: t('employers.commitments.anyField') }] : []),
            ...pathwayFields.map((f) => ({ value: f, label: t(`employers.field.${f}`) })),
          ]}
        />
        {kind === 'hiring_pledge' ? (
          <>
            <NumberInput
              label={t('employers.commitments.fields.hires')}
              required
              min={1}
              max={100000}
              allowDecimal={false}
              value={hires}
              error={fields.hires}
              onChange={setHires}
            />
            <Group grow align="flex-start" wrap="wrap">
              <TextInput
                type="date"
                label={t('employers.commitments.fields.periodStart')}
                required
                value={periodStart}
                error={fields.periodStart}
                onChange={(event) => setPeriodStart(event.currentTarget.value)}
              />
              <TextInput
                type="date"
                label={t('employers.commitments.fields.periodEnd')}
                required
                value={periodEnd}
                error={fields.periodEnd}
                onChange={(event) => setPeriodEnd(event.currentTarget.value)}
              />
            </Group>
          </>
        ) : null}
        <TextInput
          type="date"
          label={t('employers.commitments.fields.madeOn')}
          required
          value={madeOn}
          error={fields.madeOn}
          onChange={(event) => setMadeOn(event.currentTarget.value)}
        />
        <Textarea
          label={t('employers.commitments.fields.description')}
          autosize
          minRows={2}
          maxLength={1000}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('employers.commitments.record')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
