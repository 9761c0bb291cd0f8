import { Alert, Button, List, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEligibleReferents, useReassignReferent, useReferentHistory } from '../../api/caseload.js';
import { errorMessage } from '../../api/errors.js';
import type { PersonFileView } from '../../api/people.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDateTime } from '../../format.js';
import { notify } from '../../notify.js';
import { Dialog } from './Dialog.js';

/** In the person's file: change the referent (with a reason kept in the history) and read the history. */
export function ReferentControl({ person }: { person: PersonFileView }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="light" onClick={() => setOpened(true)}>
        {t('caseload.referentChange.open')}
      </Button>
      <Dialog opened={opened} onClose={() => setOpened(false)} title={t('caseload.referentChange.title')}>
        {opened ? <ReferentForm person={person} onDone={() => setOpened(false)} /> : null}
      </Dialog>
    </>
  );
}

function ReferentForm({ person, onDone }: { person: PersonFileView; onDone: () => void }) {
  const { t } = useTranslation();
  const eligible = useEligibleReferents();
  const history = useReferentHistory(person.id, true);
  const reassign = useReassignReferent(person.id);
  const [referentUserId, setReferentUserId] = useState('');
  const [reason, setReason] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = await reassign.mutateAsync({ referentUserId, reason: reason.trim() || null });
      notify({
        color: 'green',
        message: result.changed ? t('caseload.referentChange.done') : t('caseload.referentChange.unchanged'),
      });
      onDone();
    } catch {
      // Shown above the form.
    }
  };

  return (
    <Stack>
      <form onSubmit={submit} noValidate>
        <Stack>
          {reassign.error ? (
            <Alert color="red" role="alert">
              {errorMessage(reassign.error)}
            </Alert>
          ) : null}
          <NativeSelect
            label={t('caseload.referentChange.to')}
            required
            value={referentUserId}
            onChange={(event) => setReferentUserId(event.currentTarget.value)}
            data={[
              { value: '', label: '—' },
              ...(eligible.data ?? []).map((member) => ({ value: member.userId, label: member.displayName })),
            ]}
          />
          <Textarea
            label={t('caseload.referentChange.reason')}
            description={t('caseload.bulk.reasonHint')}
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <Button type="submit" loading={reassign.isPending} disabled={!referentUserId}>
            {t('caseload.referentChange.submit')}
          </Button>
        </Stack>
      </form>
      <Title order={2} size="h4">
        {t('caseload.referentChange.history')}
      </Title>
      <QueryState isPending={history.isPending} error={history.error} onRetry={() => history.refetch()}>
        {history.data && history.data.items.length === 0 ? (
          <Text size="sm">{t('caseload.referentChange.historyEmpty')}</Text>
        ) : null}
        {history.data && history.data.items.length > 0 ? (
          <List spacing="xs" size="sm">
            {history.data.items.map((change) => (
              <List.Item key={change.id}>
                {t('caseload.referentChange.historyRow', {
                  date: formatDateTime(change.changedAt),
                  from: change.fromName ?? t('caseload.referentChange.nobody'),
                  to: change.toName ?? '—',
                  by: change.changedByName ?? '—',
                })}
                {change.reason ? (
                  <Text size="sm" c="dimmed" dir="auto">
                    {change.reason}
                  </Text>
                ) : null}
              </List.Item>
            ))}
          </List>
        ) : null}
      </QueryState>
    </Stack>
  );
}
