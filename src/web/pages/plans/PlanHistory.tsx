import { Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PlanChange, usePlanHistory } from '../../api/plans.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDateTime } from '../../format.js';

const isStepStatus = (s: string | null) =>
  s === 'planned' || s === 'in_progress' || s === 'done' || s === 'abandoned';

/** The field names the history records, in words. */
const fieldLabels: Record<string, string> = {
  language: 'plans.create.language',
  targetField: 'plans.fields.targetField',
  targetJobTitles: 'plans.fields.jobTitles',
  escoOccupationId: 'plans.fields.esco',
  barriers: 'plans.fields.barriers',
  courses: 'plans.fields.courses',
  experienceOpportunities: 'plans.fields.experience',
  credentialRequirements: 'plans.fields.requirements',
  credentialRecognition: 'plans.fields.recognition',
  localEmployers: 'plans.fields.employers',
  contacts: 'plans.fields.contacts',
  kind: 'plans.goal.kind',
  title: 'plans.step.title',
  targetLevel: 'plans.goal.targetLevel',
  targetDate: 'plans.goal.targetDate',
  dueOn: 'plans.step.dueOn',
  actor: 'plans.step.actor',
  partnerName: 'plans.step.partnerName',
  evidenceNote: 'plans.step.evidenceNote',
  evidenceDocumentId: 'plans.step.evidenceDocument',
  status: 'plans.step.status',
};

/** Who changed what, when: shown on demand, since it is read far less than the plan itself. */
export function PlanHistory({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const history = usePlanHistory(planId, shown);
  const describe = (change: PlanChange) => {
    const parts = [
      `${t(`plans.history.entity.${change.entity}`)} ${t(`plans.history.action.${change.action}`)}`,
      change.label ? `“${change.label}”` : null,
      change.action === 'status_changed' && isStepStatus(change.fromStatus) && isStepStatus(change.toStatus)
        ? t('plans.history.statusChange', {
            from: t(`plans.stepStatuses.${change.fromStatus}`),
            to: t(`plans.stepStatuses.${change.toStatus}`),
          })
        : null,
      change.action === 'updated' && change.fields.length > 0
        ? t('plans.history.fieldsChanged', {
            fields: change.fields.map((f) => t(fieldLabels[f] ?? f, { defaultValue: f })).join(', '),
          })
        : null,
    ];
    return parts.filter(Boolean).join(' — ');
  };
  return (
    <Stack gap="xs">
      <Button
        variant="default"
        onClick={() => setShown((s) => !s)}
        aria-expanded={shown}
        aria-controls={`plan-history-${planId}`}
        style={{ alignSelf: 'flex-start' }}
      >
        {shown ? t('plans.history.hide') : t('plans.history.show')}
      </Button>
      <div id={`plan-history-${planId}`} hidden={!shown}>
        {shown ? (
          <QueryState isPending={history.isPending} error={history.error} onRetry={() => history.refetch()}>
            {history.data?.length === 0 ? <Text size="sm">{t('plans.history.empty')}</Text> : null}
            {history.data && history.data.length > 0 ? (
              <Table.ScrollContainer minWidth={520}>
                <Table striped>
                  <Table.Caption>{t('plans.history.caption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('plans.history.when')}</Table.Th>
                      <Table.Th scope="col">{t('plans.history.who')}</Table.Th>
                      <Table.Th scope="col">{t('plans.history.what')}</Table.Th>
                      <Table.Th scope="col">{t('plans.history.version')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {history.data.map((change) => (
                      <Table.Tr key={change.id}>
                        <Table.Td>{formatDateTime(change.changedAt)}</Table.Td>
                        <Table.Td>{change.changedByName ?? '—'}</Table.Td>
                        <Table.Td>{describe(change)}</Table.Td>
                        <Table.Td>{change.revision}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            ) : null}
          </QueryState>
        ) : null}
      </div>
    </Stack>
  );
}
