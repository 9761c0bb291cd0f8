import { Button, Loader, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseload } from '../../api/people.js';
import { formatDate } from '../../format.js';
import { Dialog } from './AppointmentDialogs.js';
import { AppointmentForm } from './AppointmentForm.js';

/**
 * Booking from a free slot of the agenda: first whom (a search among the organization's people, as
 * on the caseload), then the appointment form with the slot's time and the agenda's owner prefilled.
 */
export function BookingDialog(props: {
  slotLabel: string;
  startsAt: string;
  staffUserIds: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [personId, setPersonId] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <Dialog title={t('agenda.book.title', { slot: props.slotLabel })} onClose={props.onClose}>
      {chosen ? (
        <AppointmentForm
          personId={chosen}
          initialStartsAt={props.startsAt}
          initialStaffUserIds={props.staffUserIds}
          onDone={props.onClose}
        />
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (personId) setChosen(personId);
          }}
        >
          <Stack gap="sm">
            <PersonChoice value={personId} onChange={setPersonId} />
            <Button type="submit" disabled={!personId} w="fit-content">
              {t('agenda.book.continue')}
            </Button>
          </Stack>
        </form>
      )}
    </Dialog>
  );
}

/** A search box and the first matches as radio buttons: typed, then chosen with the arrow keys. */
function PersonChoice({ value, onChange }: { value: string | null; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const people = useCaseload({ q: debounced, sort: 'name', page: 1, pageSize: 8 });
  const items = debounced.length >= 2 ? (people.data?.items ?? []) : [];
  return (
    <Stack gap="xs">
      <TextInput
        label={t('agenda.book.person')}
        description={t('agenda.book.personHint')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        data-autofocus
        rightSection={people.isFetching && debounced.length >= 2 ? <Loader size="xs" /> : null}
      />
      {debounced.length >= 2 && !people.isFetching && items.length === 0 ? (
        <Text size="sm" role="status">
          {t('agenda.book.noMatch')}
        </Text>
      ) : null}
      {items.length > 0 ? (
        <Radio.Group label={t('agenda.book.matches')} value={value ?? ''} onChange={onChange}>
          <Stack gap={6} mt={4}>
            {items.map((p) => (
              <Radio
                key={p.id}
                value={p.id}
                label={[
                  `${p.givenName} ${p.familyName}`,
                  [p.givenNameOriginal, p.familyNameOriginal].filter(Boolean).join(' '),
                  formatDate(p.birthDate),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            ))}
          </Stack>
        </Radio.Group>
      ) : null}
    </Stack>
  );
}
