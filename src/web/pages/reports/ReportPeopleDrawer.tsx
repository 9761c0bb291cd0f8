import { Drawer, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { type ReportPeriod, useReportPeople } from '../../api/reports.js';
import { PeopleLinksTable } from '../../components/PeopleLinksTable.js';
import { QueryState } from '../../components/QueryState.js';
import type { OpenedFigure } from './ReportSectionCard.js';

/**
 * The people behind one figure of the report or one data-quality finding, each a link to their file;
 * those of other member organizations are counted, not named.
 */
export function ReportPeopleDrawer({
  programId,
  template,
  period,
  opened,
  onClose,
}: {
  programId: string;
  template: string;
  period: ReportPeriod;
  opened: OpenedFigure | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 40em)');
  const people = useReportPeople(programId, template, period, opened?.figure ?? null);
  const title = opened ? t('reports.people.title', { figure: opened.label }) : '';
  const items = people.data?.items ?? [];
  const others = people.data?.othersCount ?? 0;
  return (
    <Drawer.Root opened={opened !== null} onClose={onClose} position="right" size={narrow ? '100%' : 'lg'}>
      <Drawer.Overlay />
      <Drawer.Content>
        {/* A <header> inside the dialog would be a second page banner for assistive technology. */}
        <Drawer.Header component="div">
          <Drawer.Title>{title}</Drawer.Title>
          <Drawer.CloseButton aria-label={t('reports.people.close')} />
        </Drawer.Header>
        <Drawer.Body>
          <QueryState isPending={people.isPending} error={people.error} onRetry={() => people.refetch()}>
            {items.length === 0 ? (
              others > 0 ? null : (
                <Text>{t('reports.people.none')}</Text>
              )
            ) : (
              <PeopleLinksTable
                label={title}
                people={items}
                headers={{
                  person: t('reports.people.person'),
                  organization: t('reports.people.organization'),
                }}
              />
            )}
            {others > 0 ? (
              <Text mt="sm" size="sm">
                {t('reports.people.others', { count: others })}
              </Text>
            ) : null}
          </QueryState>
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}
