import { Alert, Button, Code, Group, Paper, SimpleGrid, Table, Text, TextInput, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listAuditRoute, verifyAuditRoute } from '../../../contracts/audit.js';
import { call } from '../../api/client.js';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { useSession } from '../../api/session.js';
import { Pager } from '../../components/Pager.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDateTime } from '../../format.js';

interface Filters {
  personId: string;
  actorUserId: string;
  action: string;
  from: string;
  to: string;
}

const emptyFilters: Filters = { personId: '', actorUserId: '', action: '', from: '', to: '' };
const pageSize = 50;

export function AuditPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [draft, setDraft] = useState<Filters>(emptyFilters);
  const [filters, setFilters] = useState<Filters>(emptyFilters);
  const [page, setPage] = useState(1);
  const events = useQuery({
    queryKey: ['audit', session.organization.id, filters, page],
    queryFn: ({ signal }) =>
      call(listAuditRoute, {
        signal,
        query: {
          page,
          pageSize,
          personId: filters.personId || undefined,
          actorUserId: filters.actorUserId || undefined,
          action: filters.action || undefined,
          from: filters.from || undefined,
          to: filters.to || undefined,
        },
      }),
    placeholderData: keepPreviousData,
    meta: { inlineErrors: true },
  });
  const verify = useMutation({ mutationFn: () => call(verifyAuditRoute), meta: { inlineErrors: true } });
  const fieldErrors = fieldErrorsOf(events.error);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setPage(1);
    setFilters({
      ...draft,
      personId: draft.personId.trim(),
      actorUserId: draft.actorUserId.trim(),
      action: draft.action.trim(),
    });
  };
  const field = (name: keyof Filters) => ({
    value: draft[name],
    error: fieldErrors[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
      setDraft({ ...draft, [name]: event.currentTarget.value }),
  });

  return (
    <>
      <PageTitle
        title={t('audit.title')}
        intro={t('audit.intro')}
        actions={
          <Button
            leftSection={<IconShieldCheck size={18} aria-hidden />}
            onClick={() => verify.mutate()}
            loading={verify.isPending}
          >
            {t('audit.verify')}
          </Button>
        }
      />
      <div aria-live="polite">
        {verify.data ? (
          <Alert color={verify.data.ok ? 'green' : 'red'} mb="md" role={verify.data.ok ? 'status' : 'alert'}>
            {verify.data.ok
              ? t('audit.chainIntact', { count: verify.data.checked })
              : t('audit.chainBroken', { position: (verify.data.firstBrokenIndex ?? 0) + 1 })}
            {verify.data.reason ? ` ${verify.data.reason}` : ''}
          </Alert>
        ) : null}
        {verify.error ? (
          <Alert color="red" mb="md" role="alert">
            {errorMessage(verify.error)}
          </Alert>
        ) : null}
      </div>
      <Paper
        withBorder
        p="md"
        mb="md"
        component="form"
        onSubmit={apply}
        aria-labelledby="audit-filters-title"
      >
        <Title order={2} size="h5" id="audit-filters-title" mb="sm">
          {t('audit.filters')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} style={{ alignItems: 'end' }}>
          <TextInput label={t('audit.person')} {...field('personId')} />
          <TextInput label={t('audit.user')} {...field('actorUserId')} />
          <TextInput label={t('audit.action')} {...field('action')} />
          <TextInput label={t('audit.from')} type="date" {...field('from')} />
          <TextInput label={t('audit.to')} type="date" {...field('to')} />
        </SimpleGrid>
        <Group mt="sm">
          <Button type="submit">{t('audit.apply')}</Button>
          <Button
            variant="default"
            onClick={() => {
              setDraft(emptyFilters);
              setFilters(emptyFilters);
              setPage(1);
            }}
          >
            {t('audit.reset')}
          </Button>
        </Group>
      </Paper>
      <QueryState
        isPending={events.isPending}
        error={events.error}
        onRetry={() => events.refetch()}
        missingRouteText={t('audit.unavailable')}
      >
        {events.data && events.data.items.length === 0 ? <Text>{t('audit.empty')}</Text> : null}
        {events.data && events.data.items.length > 0 ? (
          <>
            <Table.ScrollContainer minWidth={760}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('audit.at')}</Table.Th>
                    <Table.Th scope="col">{t('audit.actor')}</Table.Th>
                    <Table.Th scope="col">{t('audit.action')}</Table.Th>
                    <Table.Th scope="col">{t('audit.subject')}</Table.Th>
                    <Table.Th scope="col">{t('audit.details')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {events.data.items.map((event) => (
                    <Table.Tr key={event.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.occurredAt)}</Table.Td>
                      <Table.Td>{event.actorName ?? '—'}</Table.Td>
                      <Table.Td>
                        <Code>{event.action}</Code>
                      </Table.Td>
                      <Table.Td>
                        {event.resourceType}
                        {event.resourceId ? (
                          <Text size="xs" c="dimmed">
                            {event.resourceId}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs" style={{ wordBreak: 'break-word' }}>
                          {Object.keys(event.details).length > 0 ? JSON.stringify(event.details) : '—'}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager page={page} pageSize={pageSize} total={events.data.total} onChange={setPage} />
          </>
        ) : null}
      </QueryState>
    </>
  );
}
