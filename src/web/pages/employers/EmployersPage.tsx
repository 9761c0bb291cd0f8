import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type EmployerListItem, mayWriteEmployers, useEmployers } from '../../api/employers.js';
import { useSession } from '../../api/session.js';
import { Pager } from '../../components/Pager.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate } from '../../format.js';
import { EmployerFormDialog } from './EmployerFormDialog.js';
import { employersSearch } from './employers-search.js';

export { employersSearch };

const route = getRouteApi('/app/employers');
const pageSize = 25;

/**
 * The employers directory: the organization's employers and those its consortium shares (marked),
 * found by name (typos tolerated) or identifier, by sector, SIAE only; a new one added from here.
 */
export function EmployersPage() {
  const { t } = useTranslation();
  const session = useSession();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [text, setText] = useState(search.q ?? '');
  const [sectorText, setSectorText] = useState(search.sector ?? '');
  const [debouncedText] = useDebouncedValue(text, 300);
  const [debouncedSector] = useDebouncedValue(sectorText, 300);
  const [creating, setCreating] = useState(false);
  const update = (patch: Partial<z.infer<typeof employersSearch>>) =>
    navigate({ search: (previous) => ({ ...previous, ...patch, page: patch.page }), replace: true });

  // biome-ignore lint/correctness/useExhaustiveDependencies: the typed text goes to the URL once it settles
  useEffect(() => {
    if ((search.q ?? '') !== debouncedText.trim()) update({ q: debouncedText.trim() || undefined });
  }, [debouncedText]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: as above, for the sector
  useEffect(() => {
    if ((search.sector ?? '') !== debouncedSector.trim())
      update({ sector: debouncedSector.trim() || undefined });
  }, [debouncedSector]);

  const page = search.page ?? 1;
  const list = useEmployers({
    q: search.q,
    sector: search.sector,
    kind: search.kind ?? 'all',
    scope: search.scope ?? 'all',
    page,
    pageSize,
  });
  const filtered = Boolean(
    search.q || search.sector || search.kind === 'siae' || (search.scope ?? 'all') !== 'all',
  );
  return (
    <>
      <PageTitle
        title={t('employers.title')}
        intro={t('employers.intro', { organization: session.organization.name })}
        actions={
          mayWriteEmployers(session.role) ? (
            <Button onClick={() => setCreating(true)}>{t('employers.newEmployer')}</Button>
          ) : null
        }
      />
      <Paper
        withBorder
        p="md"
        mb="md"
        component="form"
        role="search"
        aria-label={t('employers.search.label')}
        onSubmit={(event: React.FormEvent) => event.preventDefault()}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} style={{ alignItems: 'end' }}>
          <TextInput
            label={t('employers.search.text')}
            description={t('employers.search.textHint')}
            leftSection={<IconSearch size={16} aria-hidden />}
            type="search"
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          <TextInput
            label={t('employers.search.sector')}
            description={t('employers.search.sectorHint')}
            type="search"
            value={sectorText}
            onChange={(event) => setSectorText(event.currentTarget.value)}
          />
          <NativeSelect
            label={t('employers.search.kind')}
            value={search.kind ?? 'all'}
            onChange={(event) => update({ kind: event.currentTarget.value === 'siae' ? 'siae' : undefined })}
            data={[
              { value: 'all', label: t('employers.search.kindAll') },
              { value: 'siae', label: t('employers.search.kindSiae') },
            ]}
          />
          <NativeSelect
            label={t('employers.search.scope')}
            value={search.scope ?? 'all'}
            onChange={(event) => {
              const value = event.currentTarget.value;
              update({ scope: value === 'own' || value === 'shared' ? value : undefined });
            }}
            data={[
              { value: 'all', label: t('employers.search.scopeAll') },
              { value: 'own', label: t('employers.search.scopeOwn') },
              { value: 'shared', label: t('employers.search.scopeShared') },
            ]}
          />
        </SimpleGrid>
      </Paper>
      <QueryState
        isPending={list.isPending}
        error={list.error}
        onRetry={() => list.refetch()}
        missingRouteText={t('employers.unavailable')}
      >
        {list.data && list.data.items.length === 0 ? (
          <Text role="status">{filtered ? t('employers.list.noMatch') : t('employers.list.empty')}</Text>
        ) : null}
        {list.data && list.data.items.length > 0 ? (
          <>
            <Stack gap="xs" component="ul" aria-label={t('employers.list.label')} p={0} m={0}>
              {list.data.items.map((employer) => (
                <EmployerRow key={employer.id} employer={employer} />
              ))}
            </Stack>
            <Pager
              page={page}
              pageSize={pageSize}
              total={list.data.total}
              onChange={(next) => navigate({ search: (previous) => ({ ...previous, page: next }) })}
            />
          </>
        ) : null}
      </QueryState>
      <EmployerFormDialog opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}

function EmployerRow({ employer }: { employer: EmployerListItem }) {
  const { t } = useTranslation();
  const facts = [
    employer.legalIdentifier
      ? `${t(`employers.scheme.${employer.legalIdentifier.scheme}`)} ${employer.legalIdentifier.display}`
      : null,
    employer.sector ? [employer.sector.code, employer.sector.label].filter(Boolean).join(' — ') : null,
    employer.city,
    employer.sizeBand ? t(`employers.size.${employer.sizeBand}`) : null,
  ].filter(Boolean);
  return (
    <Paper withBorder p="sm" component="li" style={{ listStyle: 'none' }} data-employer={employer.name}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Anchor
            fw={600}
            renderRoot={(props) => (
              <Link to="/employers/$employerId" params={{ employerId: employer.id }} {...props} />
            )}
          >
            {employer.name}
          </Anchor>
          {facts.length > 0 ? (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {facts.join(' · ')}
            </Text>
          ) : null}
          <Text size="sm" c="dimmed">
            {[
              t('employers.list.openCommitments', { count: employer.openCommitments }),
              employer.lastEngagementOn
                ? t('employers.list.lastEngagement', { date: formatDate(employer.lastEngagementOn) })
                : t('employers.list.noEngagement'),
            ].join(' · ')}
          </Text>
        </Stack>
        <Group gap={6}>
          {employer.siae ? (
            <Badge color="teal.9" variant="filled" tt="none">
              {employer.siaeKind ? t(`employers.siaeKindShort.${employer.siaeKind}`) : t('employers.siae')}
            </Badge>
          ) : null}
          {employer.sharedWithMe ? (
            <Badge color="gray.7" variant="filled" tt="none">
              {t('employers.list.sharedBy', { organization: employer.owner.organizationName })}
            </Badge>
          ) : null}
        </Group>
      </Group>
    </Paper>
  );
}
