import { Alert, Anchor, Button, Group, Paper, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { getRouteApi, Link } from '@tanstack/react-router';
import { lazy, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { peopleImportRoles } from '../../../modules/people/domain/people-import-columns.js';
import { mayReassignInBulk } from '../../api/caseload.js';
import { type CaseloadViewFilters, mayActOnSeveral } from '../../api/caseload-work.js';
import { useCaseload } from '../../api/people.js';
import { useSession } from '../../api/session.js';
import { OnceOpened } from '../../components/OnceOpened.js';
import { Pager } from '../../components/Pager.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { ExportButtons } from '../exports/ExportButtons.js';
import type { BulkReassignTarget } from './BulkReassignDialog.js';
import { CaseloadFilters } from './CaseloadFilters.js';
import { CaseloadTable } from './CaseloadTable.js';
import {
  caseloadFilters,
  caseloadRequest,
  defaultReferent,
  defaultSort,
  caseloadPageSize as pageSize,
  rolesReadingSignals,
  rolesSeeingStatuses,
} from './caseload-query.js';
import { caseloadSearch } from './caseload-search.js';
import { SavedViews } from './SavedViews.js';

export { caseloadSearch };

// The actions on several people come with their first use (their forms, the modal), not with the list;
// the modal is fetched alongside rather than after.
const withModal = <T,>(load: Promise<T>) =>
  Promise.all([load, import('./ModalDialog.js')]).then(([module]) => module);
const BulkEnrolDialog = lazy(() =>
  withModal(import('./BulkEnrolDialog.js')).then((module) => ({ default: module.BulkEnrolDialog })),
);
const BulkMessageDialog = lazy(() =>
  withModal(import('./BulkMessageDialog.js')).then((module) => ({ default: module.BulkMessageDialog })),
);
const BulkReassignDialog = lazy(() =>
  withModal(import('./BulkReassignDialog.js')).then((module) => ({ default: module.BulkReassignDialog })),
);

const route = getRouteApi('/app/caseload');

export function CaseloadPage() {
  const { t } = useTranslation();
  const session = useSession();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [text, setText] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(text, 300);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [handover, setHandover] = useState<BulkReassignTarget | null>(null);
  const [enrolFor, setEnrolFor] = useState<string[] | null>(null);
  const [writeTo, setWriteTo] = useState<string[] | null>(null);

  const update = (patch: Partial<z.infer<typeof caseloadSearch>>) =>
    navigate({ search: (previous) => ({ ...previous, page: undefined, ...patch }), replace: true });

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text drives the URL
  useEffect(() => {
    if ((search.q ?? '') !== debounced) void update({ q: debounced || undefined });
  }, [debounced]);

  const page = search.page ?? 1;
  const seesStatuses = rolesSeeingStatuses.includes(session.role);
  const bulk = mayReassignInBulk(session.role);
  // Counselors select people to enrol them or write to them; coordinators and directors also hand them over.
  const selectable = bulk || mayActOnSeveral(session.role);
  const immigrationStatus = seesStatuses ? search.immigrationStatus : undefined;
  const referent = search.referent ?? defaultReferent(session.role);
  const caseload = useCaseload(caseloadFilters(session.role, search));
  const filtered = Boolean(
    search.q || search.programId || search.status || search.referent || immigrationStatus || search.alerts,
  );
  const currentView: CaseloadViewFilters = {
    q: search.q || undefined,
    programId: search.programId,
    enrolmentStatus: search.status as CaseloadViewFilters['enrolmentStatus'],
    referent: referent as CaseloadViewFilters['referent'],
    immigrationStatus: immigrationStatus as CaseloadViewFilters['immigrationStatus'],
    alerts: search.alerts as CaseloadViewFilters['alerts'],
    sort: (search.sort ?? defaultSort(session.role)) as CaseloadViewFilters['sort'],
  };
  const openView = (filters: CaseloadViewFilters) => {
    setText(filters.q ?? '');
    void navigate({
      search: {
        q: filters.q,
        programId: filters.programId,
        status: filters.enrolmentStatus,
        referent: filters.referent,
        immigrationStatus: filters.immigrationStatus,
        alerts: filters.alerts,
        sort: filters.sort,
      },
    });
  };
  const select = (ids: string[], on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      for (const id of ids) on ? next.add(id) : next.delete(id);
      return next;
    });

  return (
    <>
      <PageTitle
        title={t('caseload.title')}
        actions={
          bulk ? (
            <Button variant="light" onClick={() => setHandover({ kind: 'caseload' })}>
              {t('caseload.handOver')}
            </Button>
          ) : undefined
        }
      />
      <SavedViews current={currentView} onOpen={openView} />
      <Group justify="flex-end" gap="lg" mb="xs">
        {peopleImportRoles.includes(session.role) ? (
          <Anchor size="sm" renderRoot={(props) => <Link to="/people/import" {...props} />}>
            {t('peopleImport.link')}
          </Anchor>
        ) : null}
        <ExportButtons
          path="/api/exports/caseload"
          filters={{
            ...caseloadRequest(caseloadFilters(session.role, search)),
            page: undefined,
            pageSize: undefined,
          }}
        />
        <ExportButtons
          path="/api/exports/placements"
          filters={{ referent: referent === 'all' ? undefined : referent }}
          label={t('exports.placements')}
          describedAs="placementsAs"
        />
      </Group>
      <CaseloadFilters
        text={text}
        onText={setText}
        values={{ ...search, immigrationStatus, referent }}
        seesStatuses={seesStatuses}
        defaultSort={defaultSort(session.role)}
        withSignals={rolesReadingSignals.includes(session.role)}
        onChange={update}
      />
      {selectable && selected.size > 0 ? (
        <Paper
          withBorder
          p="sm"
          mb="md"
          role="region"
          aria-label={t('caseload.selected', { count: selected.size })}
        >
          <Group justify="space-between">
            <Text fw={600}>{t('caseload.selected', { count: selected.size })}</Text>
            <Group gap="xs">
              {bulk ? (
                <Button onClick={() => setHandover({ kind: 'selection', personIds: [...selected] })}>
                  {t('caseload.reassignSelected')}
                </Button>
              ) : null}
              <Button variant="light" onClick={() => setEnrolFor([...selected])}>
                {t('caseloadActions.enrol.open')}
              </Button>
              <Button variant="light" onClick={() => setWriteTo([...selected])}>
                {t('caseloadActions.message.open')}
              </Button>
              <Button variant="default" onClick={() => setSelected(new Set())}>
                {t('caseload.clearSelection')}
              </Button>
            </Group>
          </Group>
        </Paper>
      ) : null}
      <QueryState
        isPending={caseload.isPending}
        error={caseload.error}
        onRetry={() => caseload.refetch()}
        missingRouteText={t('caseload.unavailable')}
      >
        {caseload.data?.sortedApproximately ? (
          <Alert color="blue" mb="md">
            {t('caseload.approximateOrder')}
          </Alert>
        ) : null}
        {caseload.data && caseload.data.items.length === 0 ? (
          <Text role="status">{filtered ? t('caseload.empty') : t('caseload.emptyAll')}</Text>
        ) : null}
        {caseload.data && caseload.data.items.length > 0 ? (
          <>
            <CaseloadTable
              rows={caseload.data.items}
              withSignals={caseload.data.withSignals}
              selection={selectable ? { selected, onChange: select } : undefined}
            />
            <Pager
              page={page}
              pageSize={pageSize}
              total={caseload.data.total}
              onChange={(next) => navigate({ search: (previous) => ({ ...previous, page: next }) })}
            />
          </>
        ) : null}
      </QueryState>
      <OnceOpened opened={enrolFor !== null}>
        <BulkEnrolDialog
          personIds={enrolFor}
          onClose={() => setEnrolFor(null)}
          onDone={() => setSelected(new Set())}
        />
      </OnceOpened>
      <OnceOpened opened={writeTo !== null}>
        <BulkMessageDialog
          personIds={writeTo}
          onClose={() => setWriteTo(null)}
          onDone={() => setSelected(new Set())}
        />
      </OnceOpened>
      <OnceOpened opened={handover !== null}>
        <BulkReassignDialog
          target={handover}
          onClose={() => setHandover(null)}
          onDone={() => {
            setHandover(null);
            setSelected(new Set());
          }}
        />
      </OnceOpened>
    </>
  );
}
