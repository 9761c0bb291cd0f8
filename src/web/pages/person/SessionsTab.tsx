import { Anchor, Code, Group, Table, Text } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { attestationPdfUrl, usePersonSessions } from '../../api/sessions.js';
import { QueryState } from '../../components/QueryState.js';
import { EnrolmentStatusBadge, useSessionFormat } from '../sessions/ui.js';
import { MergedFileBadge } from './MergedFileBadge.js';

export function SessionsTab({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const format = useSessionFormat();
  const sessions = usePersonSessions(personId);
  const items = sessions.data?.items;
  return (
    <QueryState
      isPending={sessions.isPending}
      error={sessions.error}
      onRetry={() => sessions.refetch()}
      missingRouteText={t('sessions.unavailable')}
    >
      {items?.length === 0 ? <Text>{t('sessions.person.empty')}</Text> : null}
      {items && items.length > 0 ? (
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <Table.Caption>{t('sessions.person.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('sessions.field.title')}</Table.Th>
                <Table.Th scope="col">{t('sessions.participants.status')}</Table.Th>
                <Table.Th scope="col">{t('sessions.person.firstMeeting')}</Table.Th>
                <Table.Th scope="col">{t('sessions.attendance.hours')}</Table.Th>
                <Table.Th scope="col">{t('sessions.field.attestation')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.enrolmentId}>
                  <Table.Th scope="row" fw={600}>
                    <Anchor
                      renderRoot={(props) => (
                        <Link to="/sessions/$seriesId" params={{ seriesId: item.seriesId }} {...props} />
                      )}
                    >
                      {item.title}
                    </Anchor>
                    {item.fromMergedFile ? <MergedFileBadge file={item.fromMergedFile} /> : null}
                  </Table.Th>
                  <Table.Td>
                    <EnrolmentStatusBadge status={item.status} />
                  </Table.Td>
                  <Table.Td>{format.dateTime(item.firstMeetingAt)}</Table.Td>
                  <Table.Td>
                    {t('sessions.attendance.hoursValue', {
                      attended: format.duration(item.attendedMinutes),
                      scheduled: format.duration(item.scheduledMinutes),
                    })}
                  </Table.Td>
                  <Table.Td>
                    {item.attestationCode ? (
                      <Group gap="xs">
                        <Code>{item.attestationCode}</Code>
                        <Anchor
                          size="sm"
                          href={attestationPdfUrl(item.enrolmentId, format.documentLocale)}
                          target="_blank"
                          aria-label={t('sessions.person.pdfOf', { title: item.title })}
                        >
                          <IconFileTypePdf size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} />{' '}
                          PDF
                        </Anchor>
                      </Group>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </QueryState>
  );
}
