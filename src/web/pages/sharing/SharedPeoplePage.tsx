import { Anchor, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session.js';
import { useSharedPeople } from '../../api/sharing.js';
import { Pager } from '../../components/Pager.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDate } from '../../format.js';

/** The people of partner organizations who agreed to share part of their file with ours. */
export function SharedPeoplePage() {
  const { t } = useTranslation();
  const session = useSession();
  const [page, setPage] = useState(1);
  const shared = useSharedPeople(page);
  const data = shared.data;
  return (
    <>
      <PageTitle
        title={t('sharing.title')}
        intro={t('sharing.intro', { organization: session.organization.name })}
      />
      <QueryState isPending={shared.isPending} error={shared.error} onRetry={() => shared.refetch()}>
        {data && data.items.length === 0 ? <Text>{t('sharing.empty')}</Text> : null}
        {data && data.items.length > 0 ? (
          <>
            <ScrollTable label={t('sharing.caption')}>
              <Table striped>
                <Table.Caption>{t('sharing.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('sharing.name')}</Table.Th>
                    <Table.Th scope="col">{t('sharing.followedBy')}</Table.Th>
                    <Table.Th scope="col">{t('sharing.sections')}</Table.Th>
                    <Table.Th scope="col">{t('sharing.until')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((person) => {
                    const name = `${person.givenName} ${person.familyName}`;
                    return (
                      <Table.Tr key={person.id}>
                        <Table.Th scope="row" fw={500}>
                          <Anchor
                            aria-label={t('sharing.openFile', { name })}
                            renderRoot={(props) => (
                              <Link
                                to="/shared-people/$personId"
                                params={{ personId: person.id }}
                                {...props}
                              />
                            )}
                          >
                            {name}
                          </Anchor>
                        </Table.Th>
                        <Table.Td>{person.organizationName}</Table.Td>
                        <Table.Td>
                          {person.sections.map((s) => t(`sharing.section.${s}`)).join(', ')}
                        </Table.Td>
                        <Table.Td>
                          {person.sharedUntil ? formatDate(person.sharedUntil) : t('sharing.untilWithdrawn')}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollTable>
            <Pager page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
          </>
        ) : null}
      </QueryState>
    </>
  );
}
