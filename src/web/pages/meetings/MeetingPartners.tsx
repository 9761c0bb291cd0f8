import { Button, Group, MultiSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MeetingView, useRecordPartnerAttendees } from '../../api/meetings.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { notify } from '../../notify.js';

/**
 * Who came from partner organizations, chosen among the contacts of the coordination's partner
 * directory rather than typed as guests, and how many came from each partner. The coordination
 * chooses; the members invited read the table.
 */
export function PartnerAttendance({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const record = useRecordPartnerAttendees(meeting.id);
  const recorded = meeting.partnerAttendance.flatMap((row) =>
    row.contacts.map((contact) => ({ ...contact, partner: row.partner })),
  );
  const [contactIds, setContactIds] = useState(() => recorded.map((c) => c.id));
  if (!meeting.runs && recorded.length === 0) return null;
  // The directory grouped by partner, and whoever was recorded before (kept unless removed).
  const groups = new Map<string, { value: string; label: string }[]>();
  const seen = new Set<string>();
  for (const contact of [...meeting.partnerContacts, ...recorded]) {
    if (seen.has(contact.id)) continue;
    seen.add(contact.id);
    const items = groups.get(contact.partner.name) ?? [];
    items.push({
      value: contact.id,
      label: contact.role ? `${contact.name} (${contact.role})` : contact.name,
    });
    groups.set(contact.partner.name, items);
  }
  return (
    <Stack gap="xs" mt="md">
      <Title order={3} size="h5">
        {t('meetings.partners.title')}
      </Title>
      {meeting.runs ? (
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            try {
              await record.mutateAsync({ contactIds });
              notify({ color: 'green', message: t('meetings.partners.saved') });
            } catch {
              // The client shows the refusal.
            }
          }}
        >
          <Stack gap="xs">
            <MultiSelect
              label={t('meetings.partners.contacts')}
              description={t('meetings.partners.hint')}
              placeholder={t('meetings.partners.choose')}
              searchable
              data={[...groups].map(([group, items]) => ({ group, items }))}
              value={contactIds}
              maxValues={100}
              nothingFoundMessage={t('meetings.partners.noContact')}
              onChange={setContactIds}
            />
            <Group justify="flex-end">
              <Button type="submit" variant="light" loading={record.isPending}>
                {t('meetings.partners.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
      {meeting.partnerAttendance.length === 0 ? (
        <Text c="dimmed">{t('meetings.partners.none')}</Text>
      ) : (
        <ScrollTable label={t('meetings.partners.table')}>
          <Table>
            <Table.Caption>{t('meetings.partners.table')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('meetings.partners.partner')}</Table.Th>
                <Table.Th scope="col">{t('meetings.partners.contacts')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'end' }}>
                  {t('meetings.attendance.people')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {meeting.partnerAttendance.map((row) => (
                <Table.Tr key={row.partner.id}>
                  <Table.Th scope="row" style={{ fontWeight: 'normal' }}>
                    {row.partner.name}
                  </Table.Th>
                  <Table.Td>{row.contacts.map((c) => c.name).join(', ')}</Table.Td>
                  <Table.Td style={{ textAlign: 'end' }}>{row.people}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
