import { Button, Checkbox, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/errors.js';
import { type HandoffView, useAcceptHandoff } from '../../api/handoffs.js';
import { searchHouseholdCandidates } from '../../api/households.js';
import { useStaffOptions } from '../../api/people.js';
import { useSession } from '../../api/session.js';
import { FormErrorAlert } from '../../components/FormErrorAlert.js';
import { type PickerOption, SearchPicker } from '../../components/SearchPicker.js';
import { Dialog } from '../caseload/Dialog.js';
import { handoffMembersNames, handoffPersonName } from './handoff-words.js';

const noneExcluded: ReadonlySet<string> = new Set();
const referentRoles: readonly string[] = ['counselor', 'program_referent', 'coordinator', 'director'];

/**
 * Taking over a person: the referent who follows them from now (the reader by default), and, when the
 * organization already has a file for them, that file instead of a new one.
 */
export function AcceptHandoffDialog({
  handoff,
  onClose,
  onAccepted,
}: {
  handoff: HandoffView | null;
  onClose: () => void;
  onAccepted: (personId: string) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const staff = useStaffOptions();
  const accept = useAcceptHandoff();
  const [referent, setReferent] = useState(session.user.id);
  const [hasFile, setHasFile] = useState(false);
  const [existing, setExisting] = useState<PickerOption | null>(null);
  const errors = fieldErrorsOf(accept.error);
  const referents = (staff.data ?? []).filter(
    (member) => !member.disabled && referentRoles.includes(member.role),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!handoff) return;
    const { personId } = await accept.mutateAsync({
      id: handoff.id,
      body: { referentUserId: referent, existingPersonId: hasFile ? (existing?.value ?? null) : null },
    });
    onAccepted(personId);
  };
  return (
    <Dialog
      opened={handoff !== null}
      onClose={onClose}
      title={handoff ? t('handoffs.accept.title', { name: handoffPersonName(handoff, t) }) : ''}
    >
      {handoff ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('handoffs.accept.intro', { organization: handoff.sender.name })}</Text>
            {handoffMembersNames(handoff, t) ? (
              <Text size="sm">
                {t('handoffs.acceptHousehold', { names: handoffMembersNames(handoff, t) })}
              </Text>
            ) : null}
            <FormErrorAlert error={accept.error} />
            <NativeSelect
              label={t('handoffs.accept.referent')}
              value={referent}
              onChange={(event) => setReferent(event.currentTarget.value)}
              error={errors.referentUserId}
              data={referents.map((member) => ({ value: member.userId, label: member.displayName }))}
            />
            <Checkbox
              label={t('handoffs.accept.existing')}
              checked={hasFile}
              onChange={(event) => setHasFile(event.currentTarget.checked)}
            />
            {hasFile ? (
              <SearchPicker
                label={t('handoffs.accept.existingFile')}
                description={t('handoffs.accept.existingPlaceholder')}
                queryKey="handoff-existing-file"
                search={(text, signal) => searchHouseholdCandidates(text, signal, noneExcluded)}
                value={existing}
                onChange={setExisting}
                error={errors.existingPersonId}
              />
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('app.cancel')}
              </Button>
              <Button type="submit" loading={accept.isPending} disabled={hasFile && !existing}>
                {t('handoffs.accept.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Dialog>
  );
}
