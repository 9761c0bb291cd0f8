import { Checkbox, Group, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePersonHousehold } from '../../api/households.js';

/** What planning a stay and changing it share: its days, who goes, children without a file, and why. */
export interface StayDraft {
  startsOn: string;
  endsOn: string;
  travellers: string[];
  children: number;
  purpose: string;
}

/** The draft as the stay's contract names it. */
export function stayDraftBody(draft: StayDraft) {
  return {
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    travellerPersonIds: draft.travellers,
    childrenWithoutFile: draft.children,
    purpose: draft.purpose.trim() || null,
  };
}

/**
 * The fields of a stay's days and travellers, on the file of the household's main contact: its
 * members with a file may go, or the person alone when there is no household.
 */
export function StayFields({
  personId,
  draft,
  onChange,
  errors,
}: {
  personId: string;
  draft: StayDraft;
  onChange: (change: Partial<StayDraft>) => void;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useTranslation();
  const household = usePersonHousehold(personId);
  const members = household.data?.household?.members ?? [];
  return (
    <>
      <Group grow align="flex-start">
        <TextInput
          type="date"
          label={t('stays.form.startsOn')}
          description={t('stays.form.datesHint')}
          value={draft.startsOn}
          onChange={(event) => onChange({ startsOn: event.currentTarget.value })}
          error={errors.startsOn}
          required
        />
        <TextInput
          type="date"
          label={t('stays.form.endsOn')}
          value={draft.endsOn}
          min={draft.startsOn || undefined}
          onChange={(event) => onChange({ endsOn: event.currentTarget.value })}
          error={errors.endsOn}
          required
        />
      </Group>
      <Checkbox.Group
        label={t('stays.form.travellers')}
        description={t('stays.form.travellersHint')}
        value={draft.travellers}
        onChange={(travellers) => onChange({ travellers })}
        error={errors.travellerPersonIds}
      >
        <Stack gap={4} mt={4}>
          {members.length > 0 ? (
            members.map((m) => (
              <Checkbox key={m.personId} value={m.personId} label={`${m.givenName} ${m.familyName}`} />
            ))
          ) : (
            <Checkbox value={personId} label={t('stays.form.thisPerson')} />
          )}
        </Stack>
      </Checkbox.Group>
      <NumberInput
        label={t('stays.form.children')}
        description={t('stays.form.childrenHint')}
        value={draft.children}
        onChange={(value) => onChange({ children: typeof value === 'number' ? value : 0 })}
        min={0}
        max={20}
        allowDecimal={false}
        error={errors.childrenWithoutFile}
      />
      <Textarea
        label={t('stays.form.purpose')}
        description={t('stays.form.purposeHint')}
        value={draft.purpose}
        onChange={(event) => onChange({ purpose: event.currentTarget.value })}
        error={errors.purpose}
        autosize
        minRows={2}
        maxLength={2000}
      />
    </>
  );
}
