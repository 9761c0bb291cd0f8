import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePersonDocuments } from '../../../api/documents.js';
import type { ExitView } from '../../../api/outcomes.js';
import { usePersonPlacements } from '../../../api/placements.js';
import { formatDate, formatDateTime } from '../../../format.js';

/** The dates, contract, region, credential, evidence and note of one version of an exit, and who recorded it. */
export function ExitFacts({ personId, exit }: { personId: string; exit: ExitView }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm">{t('outcomes.section.exitOn', { date: formatDate(exit.exitOn) })}</Text>
      {exit.contractStartOn ? (
        <Text size="sm">
          {exit.contractEndOn
            ? t('outcomes.section.contract', {
                from: formatDate(exit.contractStartOn),
                to: formatDate(exit.contractEndOn),
              })
            : t('outcomes.section.contractFrom', { from: formatDate(exit.contractStartOn) })}
        </Text>
      ) : null}
      {exit.region ? <Text size="sm">{t('outcomes.section.region', { region: exit.region })}</Text> : null}
      {exit.credentialObtained ? (
        <Text size="sm">
          {t('outcomes.section.credential', {
            name: exit.credentialObtained.name,
            date: formatDate(exit.credentialObtained.obtainedOn),
          })}
        </Text>
      ) : null}
      <Text size="sm">
        {t('outcomes.section.evidence')} <Evidence personId={personId} exit={exit} />
      </Text>
      {exit.note ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {exit.note}
        </Text>
      ) : null}
      <Text size="sm" c="dimmed">
        {/* By the recorder's name: an account's id would say nothing to the reader. */}
        {exit.recordedByName
          ? t('outcomes.section.recordedBy', {
              date: formatDateTime(exit.recordedAt),
              name: exit.recordedByName,
            })
          : t('outcomes.section.recordedAt', { date: formatDateTime(exit.recordedAt) })}
      </Text>
    </>
  );
}

function Evidence({ personId, exit }: { personId: string; exit: ExitView }) {
  const { t } = useTranslation();
  const { evidence } = exit;
  if (evidence.kind === 'placement' && evidence.placementId)
    return <PlacementEvidence personId={personId} placementId={evidence.placementId} />;
  if (evidence.kind === 'document' && evidence.documentId)
    return <DocumentEvidence personId={personId} documentId={evidence.documentId} />;
  if (evidence.kind === 'training' && evidence.trainingName)
    return <>{t('outcomes.section.evidenceTraining', { name: evidence.trainingName })}</>;
  return <>{t(`outcomes.evidenceKind.${evidence.kind}`)}</>;
}

/** The placement by its job and employer; by its kind alone while the file's placements load. */
function PlacementEvidence({ personId, placementId }: { personId: string; placementId: string }) {
  const { t } = useTranslation();
  const placement = usePersonPlacements(personId).data?.items.find((item) => item.id === placementId);
  return (
    <>
      {placement
        ? t('outcomes.section.evidencePlacement', {
            title: `${placement.jobTitle}${placement.employer ? ` — ${placement.employer.name}` : ''}`,
          })
        : t('outcomes.evidenceKind.placement')}
    </>
  );
}

function DocumentEvidence({ personId, documentId }: { personId: string; documentId: string }) {
  const { t } = useTranslation();
  const document = usePersonDocuments(personId).data?.items.find((item) => item.id === documentId);
  return (
    <>
      {document
        ? t('outcomes.section.evidenceDocument', { title: document.title })
        : t('outcomes.evidenceKind.document')}
    </>
  );
}
