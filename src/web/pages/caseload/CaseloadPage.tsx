import { Anchor, NativeSelect, Paper, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { enrolmentStatuses } from '../../../contracts/programs.js';
import { caseloadSorts, immigrationStatuses, useCaseload, useStaffOptions } from '../../api/people.js';
import { usePrograms } from '../../api/programs.js';
import { useSession } from '../../api/session.js';
import { Pager } from '../../components/Pager.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate } from '../../format.js';

export const caseloadSearch = z.object({
  q: z.string().max(200).optional().catch(undefined),
  programId: z.string().optional().catch(undefined),
  status: z.string().optional().catch(undefined),
  referent: z.string().optional().catch(undefined),
  immigrationStatus: z.string().optional().catch(undefined),
  sort: z.string().optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});

const route = getRouteApi('/app/caseload');
/** Roles that may see immigration statuses; for the others the API ignores the filter, so it is not offered. */
const rolesSeeingStatuses: readonly string[] = ['counselor', 'program_referent', 'coordinator', 'director'];
const pageSize = 25;

export function CaseloadPage() {
  const { t } = useTranslation();
  const session = useSession();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [text, setText] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(text, 300);

  const update = (patch: Partial<z.infer<typeof caseloadSearch>>) =>
    navigate({ search: (previous) => ({ ...previous, page: undefined, ...patch }), replace: true });

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text drives the URL
  useEffect(() => {
    if ((search.q ?? '') !== debounced) void update({ q: debounced || undefined });
  }, [debounced]);

  const page = search.page ?? 1;
  const seesStatuses = rolesSeeingStatuses.includes(session.role);
  const immigrationStatus = seesStatuses ? search.immigrationStatus : undefined;
  const caseload = useCaseload({
    immigrationStatus,
    q: search.q,
    programId: search.programId,
    status: search.status,
    referent: search.referent,
    sort: search.sort,
    page,
    pageSize,
  });
  const programs = usePrograms();
  const staff = useStaffOptions();
  const filtered = Boolean(
    search.q || search.programId || search.status || search.referent || immigrationStatus,
  );

  return (
    <>
      <PageTitle title={t('caseload.title')} />
      <Paper
        withBorder
        p="md"
        mb="md"
        component="form"
        role="search"
        aria-label={t('caseload.filters')}
        onSubmit={(event: React.FormEvent) => event.preventDefault()}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, lg: seesStatuses ? 6 : 5 }} style={{ alignItems: 'end' }}>
          <TextInput
            label={t('caseload.search')}
            description={t('caseload.searchHint')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={text}
            type="search"
            onChange={(event) => setText(event.currentTarget.value)}
          />
          <NativeSelect
            label={t('caseload.program')}
            value={search.programId ?? ''}
            onChange={(event) => update({ programId: event.currentTarget.value || undefined })}
            data={[
              { value: '', label: t('caseload.allPrograms') },
              ...(programs.data ?? []).map((program) => ({ value: program.id, label: program.name })),
            ]}
          />
          <NativeSelect
            label={t('caseload.status')}
            value={search.status ?? ''}
            onChange={(event) => update({ status: event.currentTarget.value || undefined })}
            data={[
              { value: '', label: t('caseload.allStatuses') },
              ...enrolmentStatuses.map((status) => ({
                value: status,
                label: t(`enrolmentStatus.${status}`),
              })),
            ]}
          />
          {seesStatuses ? (
            <NativeSelect
              label={t('caseload.immigrationStatus')}
              value={immigrationStatus ?? ''}
              onChange={(event) => update({ immigrationStatus: event.currentTarget.value || undefined })}
              data={[
                { value: '', label: t('caseload.allImmigrationStatuses') },
                ...immigrationStatuses.map((status) => ({ value: status, label: t(`status.${status}`) })),
              ]}
            />
          ) : null}
          <NativeSelect
            label={t('caseload.referent')}
            value={search.referent ?? ''}
            onChange={(event) => update({ referent: event.currentTarget.value || undefined })}
            data={[
              { value: '', label: t('caseload.anyReferent') },
              { value: 'me', label: t('caseload.mine') },
              ...(staff.data ?? [])
                .filter((member) => member.userId !== session.user.id)
                .map((member) => ({ value: member.userId, label: member.displayName })),
            ]}
          />
          <NativeSelect
            label={t('caseload.sort')}
            value={search.sort ?? caseloadSorts[0]}
            onChange={(event) => update({ sort: event.currentTarget.value })}
            data={caseloadSorts.map((sort) => ({ value: sort, label: t(`caseloadSort.${sort}`) }))}
          />
        </SimpleGrid>
      </Paper>
      <QueryState
        isPending={caseload.isPending}
        error={caseload.error}
        onRetry={() => caseload.refetch()}
        missingRouteText={t('caseload.unavailable')}
      >
        {caseload.data && caseload.data.items.length === 0 ? (
          <Text role="status">{filtered ? t('caseload.empty') : t('caseload.emptyAll')}</Text>
        ) : null}
        {caseload.data && caseload.data.items.length > 0 ? (
          <>
            <Table.ScrollContainer minWidth={640}>
              <Table striped highlightOnHover aria-label={t('caseload.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('caseload.name')}</Table.Th>
                    <Table.Th scope="col">{t('caseload.birthDate')}</Table.Th>
                    <Table.Th scope="col">{t('person.city')}</Table.Th>
                    <Table.Th scope="col">{t('caseload.referent')}</Table.Th>
                    <Table.Th scope="col">{t('caseload.registered')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {caseload.data.items.map((row) => {
                    const original = [row.givenNameOriginal, row.familyNameOriginal]
                      .filter(Boolean)
                      .join(' ');
                    return (
                      <Table.Tr key={row.id}>
                        <Table.Td>
                          <Anchor
                            fw={600}
                            renderRoot={(props) => (
                              <Link
                                to="/people/$personId"
                                params={{ personId: row.id }}
                                search={{}}
                                {...props}
                              />
                            )}
                          >
                            {row.givenName} {row.familyName}
                          </Anchor>
                          {original ? (
                            <Text size="sm" c="dimmed" dir="auto">
                              {original}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td>{formatDate(row.birthDate)}</Table.Td>
                        <Table.Td>{row.city ?? '—'}</Table.Td>
                        <Table.Td>{row.referentName ?? '—'}</Table.Td>
                        <Table.Td>{formatDate(row.createdAt)}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager
              page={page}
              pageSize={pageSize}
              total={caseload.data.total}
              onChange={(next) => navigate({ search: (previous) => ({ ...previous, page: next }) })}
            />
          </>
        ) : null}
      </QueryState>
    </>
  );
}
