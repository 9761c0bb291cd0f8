import { Alert, Box, Button, Chip, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTimeZone } from '../../api/session.js';
import { type TimelineFilters, usePersonTimeline } from '../../api/timeline.js';
import { QueryState } from '../../components/QueryState.js';
import { TimelineDay } from './timeline/TimelineDay.js';
import { groupByDay, periodBounds } from './timeline/timeline-view.js';

/** A person's story across modules, newest first, fifty events at a time. */
export function TimelineTab({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const [modules, setModules] = useState<string[]>([]);
  const [fromDay, setFromDay] = useState('');
  const [toDay, setToDay] = useState('');
  const zone = useTimeZone();
  const period = periodBounds(fromDay, toDay, zone);
  const filters: TimelineFilters = {
    ...(modules.length > 0 ? { module: modules } : {}),
    ...(period.from ? { from: period.from } : {}),
    ...(period.to ? { to: period.to } : {}),
  };
  const timeline = usePersonTimeline(personId, filters);
  const pages = timeline.data?.pages ?? [];
  const events = pages.flatMap((p) => p.items);
  const first = pages[0];
  const total = first?.total ?? 0;
  const moduleLabel = (module: string) => t(`timeline.module.${module}`, { defaultValue: module });
  const filtered = modules.length > 0 || fromDay !== '' || toDay !== '';

  return (
    <Stack gap="md">
      <Text>{t('timeline.intro')}</Text>
      <Box role="search" aria-label={t('timeline.filters')}>
        <Stack gap="sm">
          {first && first.modules.length > 1 ? (
            <Fieldset legend={t('timeline.modulesLegend')} variant="unstyled">
              <Group gap="xs" mt={4}>
                <Chip checked={modules.length === 0} onChange={() => setModules([])} variant="outline">
                  {t('timeline.allModules')}
                </Chip>
                <Chip.Group multiple value={modules} onChange={setModules}>
                  {first.modules.map((m) => (
                    <Chip key={m.module} value={m.module} variant="outline">
                      {`${moduleLabel(m.module)} (${m.count})`}
                    </Chip>
                  ))}
                </Chip.Group>
              </Group>
            </Fieldset>
          ) : null}
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              type="date"
              label={t('timeline.from')}
              value={fromDay}
              onChange={(e) => setFromDay(e.currentTarget.value)}
              w={170}
            />
            <TextInput
              type="date"
              label={t('timeline.to')}
              value={toDay}
              onChange={(e) => setToDay(e.currentTarget.value)}
              error={period.reversed ? t('timeline.periodReversed') : undefined}
              w={170}
            />
            {fromDay || toDay ? (
              <Button
                variant="subtle"
                onClick={() => {
                  setFromDay('');
                  setToDay('');
                }}
              >
                {t('timeline.clearDates')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Box>
      <QueryState
        isPending={timeline.isPending}
        error={timeline.error}
        onRetry={() => timeline.refetch()}
        missingRouteText={t('timeline.unavailable')}
      >
        <Text size="sm" role="status" aria-live="polite">
          {period.reversed
            ? null
            : events.length === 0
              ? filtered
                ? t('timeline.emptyFiltered')
                : t('timeline.empty')
              : t('timeline.shown', { count: events.length, total })}
        </Text>
        {period.reversed ? null : (
          <Stack gap="lg">
            {groupByDay(events, zone).map((group) => (
              <TimelineDay key={group.day} personId={personId} day={group.day} events={group.events} />
            ))}
          </Stack>
        )}
        {timeline.hasNextPage && !period.reversed ? (
          <Group>
            <Button
              variant="light"
              onClick={() => timeline.fetchNextPage()}
              loading={timeline.isFetchingNextPage}
              loaderProps={{ 'aria-label': t('timeline.loadingMore') }}
            >
              {t('timeline.loadMore')}
            </Button>
          </Group>
        ) : null}
        {timeline.isFetchNextPageError ? (
          <Alert color="red" role="alert" title={t('app.errorTitle')}>
            <Button size="xs" variant="light" color="red" onClick={() => timeline.fetchNextPage()}>
              {t('app.retry')}
            </Button>
          </Alert>
        ) : null}
      </QueryState>
    </Stack>
  );
}
