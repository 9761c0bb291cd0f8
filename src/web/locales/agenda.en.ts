/** English texts of the agenda's grid, booking from a slot and the calendar subscription. */
export const agendaEn = {
  list: 'Appointments, day by day',
  grid: {
    title: 'Hours',
    hint: 'Times in {{timeZone}}. Choose a free half hour to book it; in the grid, the arrow keys move between half hours.',
    book: 'Book {{slot}}',
    bookBusy_one: 'Book {{slot}} (already {{count}} appointment)',
    bookBusy_other: 'Book {{slot}} (already {{count}} appointments)',
  },
  book: {
    title: 'Book an appointment: {{slot}}',
    person: 'With whom',
    personHint: 'Type at least 2 letters of a name, in any script.',
    matches: 'People found',
    noMatch: 'Nobody found by that name in your organization.',
    continue: 'Continue',
  },
  feed: {
    title: 'My calendar in Outlook or Google Calendar',
    intro:
      'Subscribe to your Passerelle appointments from your usual calendar. The address is secret: whoever has it reads your agenda (times, places, initials).',
    none: 'No subscription address yet.',
    active: 'Subscription address created on {{created}}; not read by a calendar yet.',
    activeRead: 'Subscription address created on {{created}}; last read by a calendar on {{read}}.',
    create: 'Create my subscription address',
    regenerate: 'Replace the address',
    revoke: 'Revoke the address',
    revokeConfirmTitle: 'Revoke the subscription address?',
    revokeConfirm:
      'Calendars subscribed to it will stop receiving your appointments. You can create a new address later.',
    revokeYes: 'Revoke',
    created: 'Your subscription address is ready: copy it now, it will not be shown again.',
    replaced: 'A new address replaces the old one, which no longer works.',
    revoked: 'The subscription address is revoked.',
    url: 'Subscription address',
    urlOnce: 'Shown only now. Lost it? Replace it.',
    copy: 'Copy',
    copied: 'Copied',
    howTo:
      'Outlook: Add calendar → Subscribe from web. Google Calendar: Other calendars → From URL. They refresh it every few hours.',
    privacy:
      'The calendar shows each appointment’s time, place and the person’s initials only; the link opens the file in Passerelle, behind your login.',
  },
};
