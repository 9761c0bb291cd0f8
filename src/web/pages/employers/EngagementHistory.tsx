import { Alert, Button, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type EmployerView,
  type EngagementBody,
  engagementKinds,
  useEngagements,
  useRecordEngagement,
} from '../../api/employers.js';
import { errorMessage } from '../../api/errors.js';
import { Pager } from '../../components/Pager.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate, todayInOrganization } from '../../format.js';
import { notify } from '../../notify.js';
import { Dialog } from '../caseload/Dialog.js';
import { fieldErrorsOf, isFieldError } from './form-errors.js';
import { Section } from './Section.js';

const pageSize = 20;

/** The employer's own timeline: calls, visits, events, agreements and e-mails, newest first. */
export function EngagementHistory({ employer }: { employer: EmployerView }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [recording, setRecording] = useState(false);
  const history = useEngagements(employer.id, page, pageSize);
  return (
    <Section
      id="employer-engagements"
      title={t('employers.engagements.title')}
      action={
        employer.mayEdit ? (
          <Button size="xs" variant="light" onClick={() => setRecording(true)}>
            {t('employers.engagements.record')}
          </Button>
        ) : null
      }
    >
      <QueryState isPending={history.isPending} error={history.error} onRetry={() => history.refetch()}>
        {history.data && history.data.items.length === 0 ? (
          <Text role="status">{t('employers.engagements.empty')}</Text>
        ) : null}
        {history.data && history.data.items.length > 0 ? (
          <Stack
            gap="sm"
            component="ol"
            p={0}
            m={0}
            aria-label={t('employers.engagements.list', { name: employer.name })}
          >
            {history.data.items.map((engagement) => (
              <Stack
                key={engagement.id}
                gap={2}
                component="li"
                style={{ listStyle: 'none', borderInlineStart: '3px solid var(--mantine-color-blue-7)' }}
                ps="sm"
                data-engagement={engagement.summary}
              >
                <Text size="sm" fw={600}>
                  {[
                    formatDate(engagement.occurredOn),
                    t(`employers.engagementKind.${engagement.kind}`),
                    engagement.contact
                      ? t('employers.engagements.with', { name: engagement.contact.name })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{engagement.summary}</Text>
                <Text size="xs" c="dimmed">
                  {t('employers.engagements.recordedBy', { name: engagement.recordedBy.name ?? '—' })}
                </Text>
              </Stack>
            ))}
          </Stack>
        ) : null}
        {history.data && history.data.total > pageSize ? (
          <Pager page={page} pageSize={pageSize} total={history.data.total} onChange={setPage} />
        ) : null}
      </QueryState>
      <Dialog
        opened={recording}
        onClose={() => setRecording(false)}
        title={t('employers.engagements.recordTitle')}
      >
        {recording ? (
          <EngagementForm
            employer={employer}
            onClose={() => {
              setRecording(false);
              setPage(1);
            }}
          />
        ) : null}
      </Dialog>
    </Section>
  );
}

function EngagementForm({ employer, onClose }: { employer: EmployerView; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordEngagement(employer.id);
  const [kind, setKind] = useState<EngagementBody['kind']>('call');
  const [occurredOn, setOccurredOn] = useState(todayInOrganization());
  const [summary, setSummary] = useState('');
  const [contactId, setContactId] = useState('');
  const fields = fieldErrorsOf(record.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await record.mutateAsync({ kind, occurredOn, summary: summary.trim(), contactId: contactId || null });
      notify({ color: 'green', message: t('employers.engagements.recorded') });
      onClose();
    } catch {
      // Shown in the form.
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {record.error && !isFieldError(record.error) ? (
          <Alert color="red" role="alert">
            {errorMessage(record.error)}
          </Alert>
        ) : null}
        <Group grow align="flex-start" wrap="wrap">
          <NativeSelect
            label={t('employers.engagements.fields.kind')}
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as EngagementBody['kind'])}
            data={engagementKinds.map((k) => ({ value: k, label: t(`employers.engagementKind.${k}`) }))}
            data-autofocus
          />
          <TextInput
            type="date"
            label={t('employers.engagements.fields.occurredOn')}
            required
            max={todayInOrganization()}
            value={occurredOn}
            error={fields.occurredOn}
            onChange={(event) => setOccurredOn(event.currentTarget.value)}
          />
        </Group>
        <NativeSelect
          label={t('employers.engagements.fields.contact')}
          value={contactId}
          onChange={(event) => setContactId(event.currentTarget.value)}
          data={[
            { value: '', label: t('employers.engagements.noContact') },
            ...employer.contacts
              .filter((c) => c.active)
              .map((c) => ({ value: c.id, label: `${c.givenName} ${c.familyName}` })),
          ]}
        />
        <Textarea
          label={t('employers.engagements.fields.summary')}
          required
          autosize
          minRows={3}
          maxLength={2000}
          value={summary}
          error={fields.summary}
          onChange={(event) => setSummary(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={record.isPending} disabled={!summary.trim() || !occurredOn}>
            {t('employers.engagements.save')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
