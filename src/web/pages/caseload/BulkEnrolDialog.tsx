import { Alert, Badge, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBulkEnrol } from '../../api/caseload-work.js';
import { errorMessage } from '../../api/errors.js';
import { useSeriesList } from '../../api/sessions.js';
import { formatDateTime } from '../../format.js';
import { lateOrange, okGreen } from '../../status-colors.js';
import { Dialog } from './Dialog.js';

// As the session's own list shows them: Mantine's light green and yellow fall short of AA contrast.
const outcomeColors = { enrolled: okGreen, waitlisted: lateOrange, refused: 'red.9' } as const;

/**
 * Enrols the selected people in a planned session for beneficiaries. Each person is enrolled,
 * waitlisted or refused with the reason: the report lists them all (one refusal changes no one else).
 */
export function BulkEnrolDialog({
  personIds,
  onClose,
  onDone,
}: {
  personIds: string[] | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog opened={personIds !== null} onClose={onClose} size="lg" title={t('caseloadActions.enrol.title')}>
      {personIds ? <BulkEnrolForm personIds={personIds} onClose={onClose} onDone={onDone} /> : null}
    </Dialog>
  );
}

function BulkEnrolForm({
  personIds,
  onClose,
  onDone,
}: {
  personIds: string[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const series = useSeriesList({ audience: 'beneficiaries', pageSize: 100 });
  const enrol = useBulkEnrol();
  const [seriesId, setSeriesId] = useState('');
  const planned = (series.data?.items ?? []).filter((s) => s.status === 'planned');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await enrol.mutateAsync({ seriesId, personIds });
      onDone();
    } catch {
      // Shown above the form.
    }
  };

  if (enrol.data) {
    const results = enrol.data.results;
    return (
      <Stack>
        <Text role="status">
          {t('caseloadActions.enrol.summary', {
            enrolled: results.filter((r) => r.outcome === 'enrolled').length,
            waitlisted: results.filter((r) => r.outcome === 'waitlisted').length,
            refused: results.filter((r) => r.outcome === 'refused').length,
          })}
        </Text>
        <Table aria-label={t('caseloadActions.enrol.report')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('caseload.name')}</Table.Th>
              <Table.Th scope="col">{t('caseloadActions.enrol.outcome')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {results.map((r) => (
              <Table.Tr key={r.personId}>
                <Table.Td>{r.name ?? t('caseloadActions.unknownPerson')}</Table.Td>
                <Table.Td>
                  <Badge color={outcomeColors[r.outcome]} variant="filled" tt="none">
                    {t(`caseloadActions.enrol.outcomes.${r.outcome}`)}
                  </Badge>
                  {r.reason ? (
                    <Text size="sm" mt={4}>
                      {r.reason}
                    </Text>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group>
          <Button onClick={onClose}>{t('app.close')}</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {enrol.error || series.error ? (
          <Alert color="red" role="alert">
            {errorMessage(enrol.error ?? series.error)}
          </Alert>
        ) : null}
        <Text>{t('caseloadActions.enrol.intro', { count: personIds.length })}</Text>
        <NativeSelect
          label={t('caseloadActions.enrol.session')}
          required
          value={seriesId}
          onChange={(event) => setSeriesId(event.currentTarget.value)}
          data={[
            {
              value: '',
              label: planned.length ? t('caseloadActions.enrol.choose') : t('caseloadActions.enrol.none'),
            },
            ...planned.map((s) => ({
              value: s.id,
              label: t('caseloadActions.enrol.option', {
                title: s.title,
                date: formatDateTime(s.firstMeetingAt),
                enrolled: s.enrolled,
                capacity: s.capacity ?? '∞',
              }),
            })),
          ]}
        />
        <Group>
          <Button type="submit" loading={enrol.isPending} disabled={!seriesId}>
            {t('caseloadActions.enrol.submit', { count: personIds.length })}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
