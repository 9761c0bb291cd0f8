import {
  Alert,
  Anchor,
  Button,
  Code,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import {
  attendanceListUrl,
  type ConveningView,
  useChangeConvening,
  useConvening,
  useMarkAttendance,
} from '../../api/network.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDateTime, formatNumber } from '../../format.js';
import { notify } from '../../notify.js';
import { Dialog } from '../caseload/Dialog.js';
import { ConveningForm } from './ConveningForm.js';
import { NetworkTabs } from './NetworkTabs.js';
import { RegistrationForm } from './RegistrationForm.js';

const route = getRouteApi('/app/network/convenings/$conveningId');

/** A convening: when and where, its public page, its counts, and attendance taken on the day. */
export function ConveningPage() {
  const { t } = useTranslation();
  const { conveningId } = route.useParams();
  const convening = useConvening(conveningId);
  return (
    <QueryState isPending={convening.isPending} error={convening.error} onRetry={() => convening.refetch()}>
      {convening.data ? (
        <ConveningDetails convening={convening.data} />
      ) : (
        <PageTitle title={t('network.tabs.convenings')} />
      )}
    </QueryState>
  );
}

function ConveningDetails({ convening }: { convening: ConveningView }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [registering, setRegistering] = useState(false);
  const change = useChangeConvening(convening.id);
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const publicUrl = new URL(`/rencontre/${convening.id}`, window.location.origin).toString();
  return (
    <>
      <PageTitle
        title={convening.title}
        intro={[
          formatDateTime(convening.startsAt) +
            (convening.endsAt ? ` – ${formatDateTime(convening.endsAt)}` : ''),
          convening.place,
        ]
          .filter(Boolean)
          .join(' · ')}
        actions={
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('network.convenings.edit')}
          </Button>
        }
      />
      <NetworkTabs />
      <Stack gap="lg">
        {convening.description ? (
          <Text style={{ whiteSpace: 'pre-wrap' }}>{convening.description}</Text>
        ) : null}
        {convening.publicRegistration ? (
          <Paper withBorder p="sm">
            <Text fw={600}>{t('network.convenings.publicLink')}</Text>
            <Text size="sm" c="dimmed">
              {t('network.convenings.publicLinkHint')}
            </Text>
            <Anchor href={publicUrl} target="_blank" rel="noopener" style={{ wordBreak: 'break-all' }}>
              <Code>{publicUrl}</Code>
            </Anchor>
          </Paper>
        ) : null}
        <Counts convening={convening} />
        <Registrations convening={convening} onRegister={() => setRegistering(true)} language={language} />
      </Stack>
      <Dialog
        opened={editing}
        onClose={() => setEditing(false)}
        title={t('network.convenings.editTitle')}
        size="lg"
      >
        <ConveningForm
          initial={convening}
          timeZone={convening.timeZone}
          submitLabel={t('app.save')}
          pending={change.isPending}
          error={change.error}
          onSubmit={async (body) => {
            await change.mutateAsync(body);
            notify({ color: 'green', message: t('network.convenings.saved') });
            setEditing(false);
          }}
        />
      </Dialog>
      <Dialog
        opened={registering}
        onClose={() => setRegistering(false)}
        title={t('network.convenings.registrations.addTitle')}
        size="lg"
      >
        <RegistrationForm conveningId={convening.id} onDone={() => setRegistering(false)} />
      </Dialog>
    </>
  );
}

function Counts({ convening }: { convening: ConveningView }) {
  const { t } = useTranslation();
  const c = convening.counts;
  return (
    <Stack component="section" aria-labelledby="convening-counts" gap="sm">
      <Title order={2} size="h3" id="convening-counts">
        {t('network.convenings.counts.title')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {(['registered', 'present', 'absent', 'unmarked'] as const).map((key) => (
          <Paper key={key} withBorder p="sm">
            <Text size="sm" c="dimmed">
              {t(`network.convenings.counts.${key}`)}
            </Text>
            <Text fw={700} size="xl" data-count={key}>
              {formatNumber(c[key])}
              {key === 'registered' && convening.capacity !== null
                ? ` / ${formatNumber(convening.capacity)}`
                : ''}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {c.byPartnerKind.length > 0 ? (
        <ScrollTable label={t('network.convenings.counts.byKind')}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('network.convenings.counts.kind')}</Table.Th>
                <Table.Th scope="col">{t('network.convenings.counts.registered')}</Table.Th>
                <Table.Th scope="col">{t('network.convenings.counts.present')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.byPartnerKind.map((row) => (
                <Table.Tr key={row.kind}>
                  <Table.Th scope="row">{t(`network.kind.${row.kind}`)}</Table.Th>
                  <Table.Td>{formatNumber(row.registered)}</Table.Td>
                  <Table.Td>{formatNumber(row.present)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      ) : null}
    </Stack>
  );
}

function Registrations({
  convening,
  onRegister,
  language,
}: {
  convening: ConveningView;
  onRegister: () => void;
  language: 'fr' | 'en';
}) {
  const { t } = useTranslation();
  const mark = useMarkAttendance();
  const [search, setSearch] = useState('');
  const folded = search.trim().toLowerCase();
  const shown = folded
    ? convening.registrations.filter((r) =>
        [r.name, r.email, r.partnerName].some((v) => v?.toLowerCase().includes(folded)),
      )
    : convening.registrations;
  return (
    <Stack component="section" aria-labelledby="convening-registrations" gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3" id="convening-registrations">
          {t('network.convenings.registrations.title')}
        </Title>
        <Group gap="xs" wrap="wrap">
          <Button variant="default" onClick={onRegister}>
            {t('network.convenings.registrations.add')}
          </Button>
          <Button
            variant="subtle"
            component="a"
            href={attendanceListUrl(convening.id, 'xlsx', language)}
            download
          >
            {`${t('network.convenings.export')} (${t('network.convenings.exportXlsx')})`}
          </Button>
          <Button
            variant="subtle"
            component="a"
            href={attendanceListUrl(convening.id, 'csv', language)}
            download
          >
            {`${t('network.convenings.export')} (${t('network.convenings.exportCsv')})`}
          </Button>
        </Group>
      </Group>
      {mark.error ? (
        <Alert color="red" role="alert">
          {errorMessage(mark.error)}
        </Alert>
      ) : null}
      {convening.registrations.length === 0 ? (
        <Text c="dimmed">{t('network.convenings.registrations.empty')}</Text>
      ) : (
        <>
          <TextInput
            type="search"
            label={t('network.convenings.registrations.search')}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            maw={360}
          />
          <ScrollTable label={t('network.convenings.registrations.listLabel')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('network.convenings.registrations.columns.name')}</Table.Th>
                  <Table.Th scope="col">
                    {t('network.convenings.registrations.columns.organization')}
                  </Table.Th>
                  <Table.Th scope="col">{t('network.convenings.registrations.columns.needs')}</Table.Th>
                  <Table.Th scope="col">{t('network.convenings.registrations.columns.attendance')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((r) => (
                  <Table.Tr key={r.id} data-registration={r.name}>
                    <Table.Th scope="row">
                      {r.name}
                      {r.email ? (
                        <Text size="xs" c="dimmed">
                          {r.email}
                        </Text>
                      ) : null}
                      {r.source === 'public' ? (
                        <Text size="xs" c="dimmed">
                          {t('network.convenings.registrations.public')}
                        </Text>
                      ) : null}
                    </Table.Th>
                    <Table.Td>
                      {r.partnerName ?? '—'}
                      {r.partnerKind ? (
                        <Text size="xs" c="dimmed">
                          {t(`network.kind.${r.partnerKind}`)}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{r.needs ?? '—'}</Table.Td>
                    <Table.Td>
                      <SegmentedControl
                        size="xs"
                        aria-label={t('network.convenings.registrations.attendanceOf', { name: r.name })}
                        value={r.attendance ?? 'unmarked'}
                        onChange={(value) =>
                          mark.mutate({
                            registrationId: r.id,
                            attendance: value === 'unmarked' ? null : (value as 'present' | 'absent'),
                          })
                        }
                        data={(['present', 'absent', 'unmarked'] as const).map((value) => ({
                          value,
                          label: t(`network.convenings.registrations.${value}`),
                        }))}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </>
      )}
    </Stack>
  );
}
