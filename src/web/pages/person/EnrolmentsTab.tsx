import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePersonEnrolments } from '../../api/programs.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate } from '../../format.js';

export function EnrolmentsTab({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const enrolments = usePersonEnrolments(personId);
  const items = enrolments.data ?? [];
  return (
    <QueryState
      isPending={enrolments.isPending}
      error={enrolments.error}
      onRetry={() => enrolments.refetch()}
    >
      {items.length === 0 ? (
        <Text>{t('person.noEnrolments')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('person.program')}</Table.Th>
                <Table.Th scope="col">{t('person.enrolmentStatus')}</Table.Th>
                <Table.Th scope="col">{t('person.enrolledAt')}</Table.Th>
                <Table.Th scope="col">{t('person.intakeSource')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((enrolment) => (
                <Table.Tr key={enrolment.id}>
                  <Table.Td>{enrolment.programName}</Table.Td>
                  <Table.Td>
                    {t(`enrolmentStatus.${enrolment.status}`)}
                    {enrolment.endedOn ? ` (${formatDate(enrolment.endedOn)})` : ''}
                    {enrolment.overridden ? (
                      <Badge ms="xs" color="orange.9" variant="filled">
                        {t('person.override')}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{formatDate(enrolment.enrolledOn)}</Table.Td>
                  <Table.Td>{t(`source.${enrolment.intakeSource}`, enrolment.intakeSource)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </QueryState>
  );
}
