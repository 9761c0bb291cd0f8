import type { Executor } from '../../../core/db/types.js';
import { networkApi } from '../../network/api.js';
import { partnerAttendeesRepository } from '../adapters/partner-attendees-repository.js';

/**
 * The partner-directory contacts who attended a meeting, by partner organization (by name), each
 * partner with how many came. Names are read now through the network module: a contact renamed since
 * shows its new name; one no longer in the directory is still counted, without a name.
 */
export async function partnerAttendanceOf(db: Executor, meetingId: string) {
  const rows = await partnerAttendeesRepository(db).ofMeetings([meetingId]);
  const known = new Map(
    (await networkApi(db).contactsByIds(rows.map((r) => r.contactId))).map((c) => [c.id, c]),
  );
  const byPartner = new Map<
    string,
    { partner: { id: string; name: string }; contacts: { id: string; name: string; role: string | null }[] }
  >();
  for (const row of rows) {
    const contact = known.get(row.contactId);
    const entry = byPartner.get(row.partnerId) ?? {
      partner: contact?.partner ?? { id: row.partnerId, name: '—' },
      contacts: [],
    };
    if (contact && entry.partner.name === '—') entry.partner = contact.partner;
    entry.contacts.push({ id: row.contactId, name: contact?.name ?? '—', role: contact?.role ?? null });
    byPartner.set(row.partnerId, entry);
  }
  return [...byPartner.values()]
    .map((entry) => ({
      ...entry,
      contacts: entry.contacts.sort((a, b) => a.name.localeCompare(b.name)),
      people: entry.contacts.length,
    }))
    .sort((a, b) => a.partner.name.localeCompare(b.partner.name));
}

/** The contacts the coordination may name as having attended: those of its partner directory. */
export async function partnerContactsToChoose(db: Executor, organizationId: string) {
  return networkApi(db).directoryContacts(organizationId);
}
