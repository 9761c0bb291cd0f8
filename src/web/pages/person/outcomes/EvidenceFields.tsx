import { NativeSelect, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePersonDocuments } from '../../../api/documents.js';
import { errorMessage } from '../../../api/errors.js';
import { type ExitEvidenceKind, exitEvidenceKinds } from '../../../api/outcomes.js';
import { type PlacementView, usePersonPlacements } from '../../../api/placements.js';
import { formatDate, todayInOrganization } from '../../../format.js';
import { type ExitDraft, withPlacement } from './exit-draft.js';
import type { ExitDraftFieldsProps } from './exit-draft-fields.js';

/**
 * What supports the outcome: its kind, then the placement or the document of the file it rests on, or
 * the training's name. A placement chosen fills in the outcome and the contract's dates.
 */
export function EvidenceFields({
  personId,
  draft,
  set,
  errors,
  onPlacement,
}: ExitDraftFieldsProps & {
  personId: string;
  /** The whole draft changes with a placement (its outcome and dates), not one field. */
  onPlacement: (change: (draft: ExitDraft) => ExitDraft) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <NativeSelect
        label={t('outcomes.dialog.evidence')}
        required
        value={draft.evidenceKind}
        error={errors['evidence.kind'] ?? errors.evidence}
        onChange={(event) => set('evidenceKind', event.currentTarget.value as ExitEvidenceKind)}
        data={exitEvidenceKinds.map((kind) => ({ value: kind, label: t(`outcomes.evidenceKind.${kind}`) }))}
      />
      {draft.evidenceKind === 'placement' ? (
        <PlacementSelect
          personId={personId}
          value={draft.placementId}
          error={errors['evidence.placementId']}
          onChoose={(placement) => onPlacement((current) => withPlacement(current, placement))}
        />
      ) : null}
      {draft.evidenceKind === 'document' ? (
        <DocumentSelect
          personId={personId}
          value={draft.documentId}
          error={errors['evidence.documentId']}
          onChange={(documentId) => set('documentId', documentId)}
        />
      ) : null}
      {draft.evidenceKind === 'training' ? (
        <TextInput
          label={t('outcomes.dialog.trainingName')}
          maxLength={200}
          value={draft.trainingName}
          error={errors['evidence.trainingName']}
          onChange={(event) => set('trainingName', event.currentTarget.value)}
        />
      ) : null}
    </>
  );
}

/**
 * A required choice among the items of the person's file (placements, documents). A file without any
 * says so instead of showing an empty list, with the field's error under it.
 */
function FileItemSelect({
  label,
  emptyText,
  placeholder,
  items,
  loaded,
  loadError,
  value,
  error,
  onChange,
}: {
  label: string;
  emptyText: string;
  placeholder: string;
  items: { value: string; label: string }[];
  loaded: boolean;
  loadError: unknown;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  if (loaded && items.length === 0)
    return (
      <div>
        <Text size="sm">{emptyText}</Text>
        {error ? (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        ) : null}
      </div>
    );
  return (
    <NativeSelect
      label={label}
      required
      value={value}
      error={error ?? (loadError ? errorMessage(loadError) : undefined)}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[{ value: '', label: placeholder }, ...items]}
    />
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
  return (
    <FileItemSelect
      label={t('outcomes.dialog.placement')}
      emptyText={t('outcomes.dialog.noPlacements')}
      placeholder={t('outcomes.dialog.choosePlacement')}
      items={items.map((placement) => ({
        value: placement.id,
        label: t('outcomes.dialog.placementOption', {
          title: placement.jobTitle,
          employer: placement.employer?.name ?? '—',
          date: formatDate(placement.startsOn),
        }),
      }))}
      loaded={placements.isSuccess}
      loadError={placements.error}
      value={value}
      error={error}
      onChange={(id) => onChoose(items.find((placement) => placement.id === id))}
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
  return (
    <FileItemSelect
      label={t('outcomes.dialog.document')}
      emptyText={t('outcomes.dialog.noDocuments')}
      placeholder={t('outcomes.dialog.chooseDocument')}
      items={(documents.data?.items ?? []).map((document) => ({
        value: document.id,
        // The day it was added, in the organization's calendar.
        label: `${document.title} (${formatDate(todayInOrganization(new Date(document.uploadedAt)))})`,
      }))}
      loaded={documents.isSuccess}
      loadError={documents.error}
      value={value}
      error={error}
      onChange={onChange}
    />
  );
}
