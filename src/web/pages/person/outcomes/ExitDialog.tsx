import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonths } from '../../../../core/calendar.js';
import type { ContractType } from '../../../../modules/offers/domain/contract-types.js';
import { addDays } from '../../../../modules/placements/domain/contract-rules.js';
import { usePersonDocuments } from '../../../api/documents.js';
import { errorMessage } from '../../../api/errors.js';
import {
  type ExitBody,
  type ExitEvidenceKind,
  type ExitOutcome,
  type ExitView,
  exitEvidenceKinds,
  exitOutcomes,
  familyOf,
  isFixedTerm,
  outcomeFamilies,
  useCorrectExit,
  useRecordExit,
} from '../../../api/outcomes.js';
import { type PlacementView, usePersonPlacements } from '../../../api/placements.js';
import { formatDate, todayInOrganization } from '../../../format.js';
import { notify } from '../../../notify.js';
import { Dialog } from '../../caseload/Dialog.js';
import { outcomeFieldErrors, shownUnder } from './exit-errors.js';

/** Record the exit that ends an enrolment, or correct a recorded one (a new version, with its reason). */
export type ExitTarget =
  | { mode: 'record'; enrolmentId: string; programName: string }
  | { mode: 'correct'; exit: ExitView };

/** The exit outcome a contract of the file stands for (an internship stands for none). */
const outcomeOfContract: Partial<Record<ContractType, ExitOutcome>> = {
  cdi: 'permanent_contract',
  permanent: 'permanent_contract',
  cdd: 'fixed_term_contract',
  seasonal: 'fixed_term_contract',
  temporary: 'fixed_term_contract',
  interim: 'temporary_work',
  siae_insertion: 'insertion_contract',
  subsidised: 'subsidised_contract',
  apprenticeship: 'apprenticeship',
};

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
  const previous = target.mode === 'correct' ? target.exit : null;
  const [outcome, setOutcome] = useState<ExitOutcome | ''>(previous?.outcome ?? '');
  const [exitOn, setExitOn] = useState(previous?.exitOn ?? todayInOrganization());
  const [contractStartOn, setContractStartOn] = useState(previous?.contractStartOn ?? '');
  const [contractEndOn, setContractEndOn] = useState(previous?.contractEndOn ?? '');
  const [months, setMonths] = useState<number | string>('');
  const [region, setRegion] = useState(previous?.region ?? '');
  const [hasCredential, setHasCredential] = useState(previous?.credentialObtained != null);
  const [credentialName, setCredentialName] = useState(previous?.credentialObtained?.name ?? '');
  const [credentialOn, setCredentialOn] = useState(previous?.credentialObtained?.obtainedOn ?? '');
  const [evidenceKind, setEvidenceKind] = useState<ExitEvidenceKind>(
    previous?.evidence.kind ?? 'declaration',
  );
  const [placementId, setPlacementId] = useState(previous?.evidence.placementId ?? '');
  const [documentId, setDocumentId] = useState(previous?.evidence.documentId ?? '');
  const [trainingName, setTrainingName] = useState(previous?.evidence.trainingName ?? '');
  const [note, setNote] = useState(previous?.note ?? '');
  const [correctionReason, setCorrectionReason] = useState('');
  const errors = outcomeFieldErrors(mutation.error, t);
  const fixedTerm = outcome !== '' && isFixedTerm(outcome);

  /** A contract's length fills in its last day: 5 months from 2 March end on 1 August. */
  const fillEnd = (start: string, length: number | string) => {
    if (start && typeof length === 'number' && length > 0)
      setContractEndOn(addDays(addMonths(start, length), -1));
  };

  const choosePlacement = (placement: PlacementView | undefined) => {
    setPlacementId(placement?.id ?? '');
    if (!placement) return;
    const fromContract = outcomeOfContract[placement.contractType];
    if (fromContract) setOutcome(fromContract);
    setContractStartOn(placement.startsOn);
    setContractEndOn(placement.endsOn ?? placement.plannedEndOn ?? '');
    setMonths('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = (value: string) => (value.trim() ? value.trim() : null);
    const body: ExitBody = {
      outcome: outcome as ExitOutcome,
      exitOn,
      contractStartOn: fixedTerm ? contractStartOn || null : null,
      contractEndOn: fixedTerm ? contractEndOn || null : null,
      region: outcome === 'moved_to_region' ? text(region) : null,
      credentialObtained: hasCredential ? { name: credentialName.trim(), obtainedOn: credentialOn } : null,
      evidence: {
        kind: evidenceKind,
        placementId: evidenceKind === 'placement' ? placementId || null : null,
        documentId: evidenceKind === 'document' ? documentId || null : null,
        trainingName: evidenceKind === 'training' ? text(trainingName) : null,
      },
      note: text(note),
    };
    try {
      const result =
        target.mode === 'correct'
          ? await correct.mutateAsync({
              exitId: target.exit.id,
              body: { ...body, correctionReason: correctionReason.trim() },
            })
          : await record.mutateAsync({ enrolmentId: target.enrolmentId, body });
      const verdict = t(`outcomes.verdict.${result.verdict}`);
      notify({
        color: 'green',
        message: t(target.mode === 'correct' ? 'outcomes.corrected' : 'outcomes.recorded', { verdict }),
      });
      onClose();
    } catch {
      // Shown in the form.
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {mutation.error && !shownUnder(errors, shownFields) ? (
          <Alert color="red" role="alert">
            {errorMessage(mutation.error)}
          </Alert>
        ) : null}
        <NativeSelect
          label={t('outcomes.dialog.outcome')}
          required
          value={outcome}
          error={errors.outcome}
          onChange={(event) => setOutcome(event.currentTarget.value as ExitOutcome | '')}
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
          value={exitOn}
          error={errors.exitOn}
          onChange={(event) => setExitOn(event.currentTarget.value)}
        />
        {fixedTerm ? (
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              type="date"
              label={t('outcomes.dialog.contractStartOn')}
              value={contractStartOn}
              error={errors.contractStartOn}
              onChange={(event) => {
                setContractStartOn(event.currentTarget.value);
                fillEnd(event.currentTarget.value, months);
              }}
            />
            <NumberInput
              label={t('outcomes.dialog.lengthMonths')}
              description={t('outcomes.dialog.lengthHint')}
              min={1}
              max={60}
              allowDecimal={false}
              value={months}
              onChange={(next) => {
                setMonths(next);
                fillEnd(contractStartOn, next);
              }}
            />
            <TextInput
              type="date"
              label={t('outcomes.dialog.contractEndOn')}
              value={contractEndOn}
              error={errors.contractEndOn}
              onChange={(event) => setContractEndOn(event.currentTarget.value)}
            />
          </Group>
        ) : null}
        {outcome === 'moved_to_region' ? (
          <TextInput
            label={t('outcomes.dialog.region')}
            maxLength={120}
            value={region}
            error={errors.region}
            onChange={(event) => setRegion(event.currentTarget.value)}
          />
        ) : null}
        <Checkbox
          label={t('outcomes.dialog.credential')}
          checked={hasCredential}
          onChange={(event) => setHasCredential(event.currentTarget.checked)}
        />
        {hasCredential ? (
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={t('outcomes.dialog.credentialName')}
              required
              maxLength={200}
              value={credentialName}
              error={errors['credentialObtained.name'] ?? errors.credentialObtained}
              onChange={(event) => setCredentialName(event.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('outcomes.dialog.credentialOn')}
              required
              value={credentialOn}
              error={errors['credentialObtained.obtainedOn']}
              onChange={(event) => setCredentialOn(event.currentTarget.value)}
            />
          </Group>
        ) : null}
        <NativeSelect
          label={t('outcomes.dialog.evidence')}
          required
          value={evidenceKind}
          error={errors['evidence.kind'] ?? errors.evidence}
          onChange={(event) => setEvidenceKind(event.currentTarget.value as ExitEvidenceKind)}
          data={exitEvidenceKinds.map((kind) => ({ value: kind, label: t(`outcomes.evidenceKind.${kind}`) }))}
        />
        {evidenceKind === 'placement' ? (
          <PlacementSelect
            personId={personId}
            value={placementId}
            error={errors['evidence.placementId']}
            onChoose={choosePlacement}
          />
        ) : null}
        {evidenceKind === 'document' ? (
          <DocumentSelect
            personId={personId}
            value={documentId}
            error={errors['evidence.documentId']}
            onChange={setDocumentId}
          />
        ) : null}
        {evidenceKind === 'training' ? (
          <TextInput
            label={t('outcomes.dialog.trainingName')}
            maxLength={200}
            value={trainingName}
            error={errors['evidence.trainingName']}
            onChange={(event) => setTrainingName(event.currentTarget.value)}
          />
        ) : null}
        <Textarea
          label={t('outcomes.dialog.note')}
          autosize
          minRows={2}
          maxLength={2000}
          value={note}
          error={errors.note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        {target.mode === 'correct' ? (
          <Textarea
            label={t('outcomes.dialog.correctionReason')}
            description={t('outcomes.dialog.correctionHint')}
            required
            autosize
            minRows={2}
            maxLength={500}
            value={correctionReason}
            error={errors.correctionReason}
            onChange={(event) => setCorrectionReason(event.currentTarget.value)}
          />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('outcomes.dialog.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t(target.mode === 'correct' ? 'outcomes.dialog.correct' : 'outcomes.dialog.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PlacementSelect({
  personId,
  value,
  error,
  onChoose,
}: {
  personId: string;
  value: string;
  error?: string;
  onChoose: (placement: PlacementView | undefined) => void;
}) {
  const { t } = useTranslation();
  const placements = usePersonPlacements(personId);
  const items = placements.data?.items ?? [];
  if (placements.isSuccess && items.length === 0)
    return (
      <div>
        <Text size="sm">{t('outcomes.dialog.noPlacements')}</Text>
        {error ? (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        ) : null}
      </div>
    );
  return (
    <NativeSelect
      label={t('outcomes.dialog.placement')}
      required
      value={value}
      error={error ?? (placements.error ? errorMessage(placements.error) : undefined)}
      onChange={(event) => onChoose(items.find((placement) => placement.id === event.currentTarget.value))}
      data={[
        { value: '', label: t('outcomes.dialog.choosePlacement') },
        ...items.map((placement) => ({
          value: placement.id,
          label: t('outcomes.dialog.placementOption', {
            title: placement.jobTitle,
            employer: placement.employer?.name ?? '—',
            date: formatDate(placement.startsOn),
          }),
        })),
      ]}
    />
  );
}

function DocumentSelect({
  personId,
  value,
  error,
  onChange,
}: {
  personId: string;
  value: string;
  error?: string;
  onChange: (documentId: string) => void;
}) {
  const { t } = useTranslation();
  const documents = usePersonDocuments(personId);
  const items = documents.data?.items ?? [];
  if (documents.isSuccess && items.length === 0)
    return (
      <div>
        <Text size="sm">{t('outcomes.dialog.noDocuments')}</Text>
        {error ? (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        ) : null}
      </div>
    );
  return (
    <NativeSelect
      label={t('outcomes.dialog.document')}
      required
      value={value}
      error={error ?? (documents.error ? errorMessage(documents.error) : undefined)}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[
        { value: '', label: t('outcomes.dialog.chooseDocument') },
        ...items.map((document) => ({
          value: document.id,
          // The day it was added, in the organization's calendar.
          label: `${document.title} (${formatDate(todayInOrganization(new Date(document.uploadedAt)))})`,
        })),
      ]}
    />
  );
}
