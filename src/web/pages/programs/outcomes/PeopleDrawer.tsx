import { Drawer, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import {
  type OutcomeMeasureCode,
  type OutcomePart,
  type OutcomesPeriod,
  useOutcomePeople,
} from '../../../api/outcome-figures.js';
import { PeopleLinksTable } from '../../../components/PeopleLinksTable.js';
import { QueryState } from '../../../components/QueryState.js';

export interface OpenedFigure {
  measure: OutcomeMeasureCode;
  part: OutcomePart;
  /** The measure's name as its card shows it. */
  label: string;
}

/** The people behind one figure of the dashboard, each a link to their file. */
export function PeopleDrawer({
  programId,
  period,
  figure,
  onClose,
}: {
  programId: string;
  period: OutcomesPeriod;
  figure: OpenedFigure | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 40em)');
  const people = useOutcomePeople(
    programId,
    figure ? { ...period, measure: figure.measure, part: figure.part } : null,
  );
  const title = figure
    ? t('outcomeFigures.people.title', {
        measure: figure.label,
        part: t(`outcomeFigures.people.${figure.part}`),
      })
    : '';
  const items = people.data ?? [];
  return (
    <Drawer.Root opened={figure !== null} onClose={onClose} position="right" size={narrow ? '100%' : 'lg'}>
      <Drawer.Overlay />
      <Drawer.Content>
        {/* A <header> inside the dialog would be a second page banner for assistive technology. */}
        <Drawer.Header component="div">
          <Drawer.Title>{title}</Drawer.Title>
          <Drawer.CloseButton aria-label={t('outcomeFigures.people.close')} />
        </Drawer.Header>
        <Drawer.Body>
          <QueryState isPending={people.isPending} error={people.error} onRetry={() => people.refetch()}>
            {items.length === 0 ? (
              <Text>{t('outcomeFigures.people.none')}</Text>
            ) : (
              <PeopleLinksTable
                label={title}
                people={items}
                headers={{
                  person: t('outcomeFigures.people.person'),
                  organization: t('outcomeFigures.people.organization'),
                }}
              />
            )}
          </QueryState>
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}
