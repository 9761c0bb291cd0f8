import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonFileView } from '../../api/people.js';
import { formatDate } from '../../format.js';

export function EnrolmentsTab({ person }: { person: PersonFileView }) {
  const { t } = useTranslation();
  if (person.enrolments.length === 0) return <Text>{t('person.noEnrolments')}</Text>;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('person.program')}</Table.Th>
            <Table.Th scope="col">{t('person.enrolmentStatus')}</Table.Th>
            <Table.Th scope="col">{t('person.enrolledAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {person.enrolments.map((enrolment) => (
            <Table.Tr key={enrolment.id}>
              <Table.Td>{enrolment.programName}</Table.Td>
              <Table.Td>
                {t(`enrolmentStatus.${enrolment.status}`, enrolment.status)}
                {enrolment.override ? (
                  <Badge ms="xs" color="orange.9" variant="filled">
                    {t('person.override')}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>{formatDate(enrolment.enrolledAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
