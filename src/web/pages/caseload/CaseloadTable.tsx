import { Anchor, Checkbox, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { caseloadRow } from '../../../contracts/people.js';
import { formatDate } from '../../format.js';
import { AlertBadges, FollowUpCounts, NextAction } from './CaseloadSignals.js';

type Row = z.infer<typeof caseloadRow>;

/**
 * One page of the caseload. It scrolls sideways on a phone, the name column first; with `selection`,
 * each row has a checkbox named after the person (for handing people over to a colleague).
 */
export function CaseloadTable({
  rows,
  withSignals,
  selection,
}: {
  rows: Row[];
  withSignals: boolean;
  selection?: { selected: ReadonlySet<string>; onChange: (ids: string[], selected: boolean) => void };
}) {
  const { t } = useTranslation();
  const pageIds = rows.map((row) => row.id);
  const selectedOnPage = selection ? pageIds.filter((id) => selection.selected.has(id)).length : 0;
  return (
    <Table.ScrollContainer minWidth={(withSignals ? 900 : 560) + (selection ? 40 : 0)}>
      <Table striped highlightOnHover aria-label={t('caseload.title')}>
        <Table.Thead>
          <Table.Tr>
            {selection ? (
              <Table.Th scope="col">
                <Checkbox
                  aria-label={t('caseload.selectPage')}
                  checked={selectedOnPage === pageIds.length}
                  indeterminate={selectedOnPage > 0 && selectedOnPage < pageIds.length}
                  onChange={(event) => selection.onChange(pageIds, event.currentTarget.checked)}
                />
              </Table.Th>
            ) : null}
            <Table.Th scope="col">{t('caseload.name')}</Table.Th>
            {withSignals ? (
              <>
                <Table.Th scope="col">{t('caseload.alertsColumn')}</Table.Th>
                <Table.Th scope="col">{t('caseload.nextAction')}</Table.Th>
                <Table.Th scope="col">{t('caseload.contactsColumn')}</Table.Th>
              </>
            ) : null}
            <Table.Th scope="col">{t('caseload.referent')}</Table.Th>
            <Table.Th scope="col">{t('caseload.birthDate')}</Table.Th>
            <Table.Th scope="col">{t('person.city')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const name = `${row.givenName} ${row.familyName}`;
            const original = [row.givenNameOriginal, row.familyNameOriginal].filter(Boolean).join(' ');
            return (
              <Table.Tr key={row.id} data-person-row={name}>
                {selection ? (
                  <Table.Td>
                    <Checkbox
                      aria-label={t('caseload.selectPerson', { name })}
                      checked={selection.selected.has(row.id)}
                      onChange={(event) => selection.onChange([row.id], event.currentTarget.checked)}
                    />
                  </Table.Td>
                ) : null}
                <Table.Td>
                  <Anchor
                    fw={600}
                    renderRoot={(props) => (
                      <Link to="/people/$personId" params={{ personId: row.id }} search={{}} {...props} />
                    )}
                  >
                    {name}
                  </Anchor>
                  {original ? (
                    <Text size="sm" c="dimmed" dir="auto">
                      {original}
                    </Text>
                  ) : null}
                </Table.Td>
                {withSignals ? (
                  <>
                    <Table.Td>
                      <AlertBadges alerts={row.alerts} />
                    </Table.Td>
                    <Table.Td>
                      <NextAction action={row.nextAction} />
                    </Table.Td>
                    <Table.Td>
                      <FollowUpCounts row={row} />
                    </Table.Td>
                  </>
                ) : null}
                <Table.Td>{row.referentName ?? '—'}</Table.Td>
                <Table.Td>{formatDate(row.birthDate)}</Table.Td>
                <Table.Td>{row.city ?? '—'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
