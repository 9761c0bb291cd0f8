import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ExitOutcome,
  type ExitView,
  exitOutcomes,
  familyOf,
  outcomeFamilies,
  useCorrectExit,
  useRecordExit,
} from '../../../api/outcomes.js';
import { todayInOrganization } from '../../../format.js';
import { notify } from '../../../notify.js';
import { Dialog } from '../../caseload/Dialog.js';
import { ContractDatesFields } from './ContractDatesFields.js';
import { CredentialFields } from './CredentialFields.js';
import { EvidenceFields } from './EvidenceFields.js';
import { type ExitDraft, exitBodyOf, exitDraftOf, isFixedTermDraft } from './exit-draft.js';
import { outcomeFieldErrors } from './exit-errors.js';
import { OutcomeFormShell } from './OutcomeFormShell.js';

/** Record the exit that ends an enrolment, or correct a recorded one (a new version, with its reason). */
export type ExitTarget =
  | { mode: 'record'; enrolmentId: string; programName: string }
  | { mode: 'correct'; exit: ExitView };

/** The fields the form shows, by the request's paths: an error of another path goes in the alert above. */
const shownFields = [
  'outcome',
  'exitOn',
  'contractStartOn',
  'contractEndOn',
  'region',
  'credentialObtained.name',
  'credentialObtained.obtainedOn',
  'evidence.kind',
  'evidence.placementId',
  'evidence.documentId',
  'evidence.trainingName',
  'note',
  'correctionReason',
] as const;

export function ExitDialog({
  personId,
  target,
  opened,
  onClose,
}: {
  personId: string;
  /** Kept after closing, so that the dialog keeps its name while it fades out. */
  target: ExitTarget | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const program = target?.mode === 'correct' ? target.exit.programName : (target?.programName ?? '');
  return (
    <Dialog
      opened={opened && target !== null}
      onClose={onClose}
      title={t(target?.mode === 'correct' ? 'outcomes.dialog.correctTitle' : 'outcomes.dialog.recordTitle', {
        program,
      })}
      size="lg"
    >
      {opened && target ? <ExitForm personId={personId} target={target} onClose={onClose} /> : null}
    </Dialog>
  );
}

function ExitForm({
  personId,
  target,
  onClose,
}: {
  personId: string;
  target: ExitTarget;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordExit(personId);
  const correct = useCorrectExit(personId);
  const mutation = target.mode === 'correct' ? correct : record;
  const [draft, setDraft] = useState(() =>
    exitDraftOf(target.mode === 'correct' ? target.exit : null, todayInOrganization()),
  );
  // Functional updates: a field may change two (a contract's start fills in its end).
  const set = <K extends keyof ExitDraft>(key: K, value: ExitDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const errors = outcomeFieldErrors(mutation.error, t);
  const fields = { draft, set, errors };

  const submit = async () => {
    const body = exitBodyOf(draft);
    const result =
      target.mode === 'correct'
        ? await correct.mutateAsync({
            exitId: target.exit.id,
            body: { ...body, correctionReason: draft.correctionReason.trim() },
          })
        : await record.mutateAsync({ enrolmentId: target.enrolmentId, body });
    const verdict = t(`outcomes.verdict.${result.verdict}`);
    notify({
      color: 'green',
      message: t(target.mode === 'correct' ? 'outcomes.corrected' : 'outcomes.recorded', { verdict }),
    });
    onClose();
  };

  return (
    <OutcomeFormShell
      error={mutation.error}
      shown={shownFields}
      pending={mutation.isPending}
      submitLabel={t(target.mode === 'correct' ? 'outcomes.dialog.correct' : 'outcomes.dialog.record')}
      onSubmit={submit}
      onClose={onClose}
    >
      <NativeSelect
        label={t('outcomes.dialog.outcome')}
        required
        value={draft.outcome}
        error={errors.outcome}
        onChange={(event) => set('outcome', event.currentTarget.value as ExitOutcome | '')}
        data={[
          { value: '', label: t('outcomes.dialog.chooseOutcome') },
          ...outcomeFamilies.map((family) => ({
            group: t(`outcomes.family.${family}`),
            items: exitOutcomes
              .filter((code) => familyOf(code) === family)
              .map((code) => ({ value: code, label: t(`outcomes.outcome.${code}`) })),
          })),
        ]}
        data-autofocus
      />
      <TextInput
        type="date"
        label={t('outcomes.dialog.exitOn')}
        required
        value={draft.exitOn}
        error={errors.exitOn}
        onChange={(event) => set('exitOn', event.currentTarget.value)}
      />
      {isFixedTermDraft(draft) ? <ContractDatesFields {...fields} /> : null}
      {draft.outcome === 'moved_to_region' ? (
        <TextInput
          label={t('outcomes.dialog.region')}
          maxLength={120}
          value={draft.region}
          error={errors.region}
          onChange={(event) => set('region', event.currentTarget.value)}
        />
      ) : null}
      <CredentialFields {...fields} />
      <EvidenceFields {...fields} personId={personId} onPlacement={setDraft} />
      <Textarea
        label={t('outcomes.dialog.note')}
        autosize
        minRows={2}
        maxLength={2000}
        value={draft.note}
        error={errors.note}
        onChange={(event) => set('note', event.currentTarget.value)}
      />
      {target.mode === 'correct' ? (
        <Textarea
          label={t('outcomes.dialog.correctionReason')}
          description={t('outcomes.dialog.correctionHint')}
          required
          autosize
          minRows={2}
          maxLength={500}
          value={draft.correctionReason}
          error={errors.correctionReason}
          onChange={(event) => set('correctionReason', event.currentTarget.value)}
        />
      ) : null}
    </OutcomeFormShell>
  );
}
