import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import {
  type AidRequestView,
  mayFileAid,
  usePersonAidRequests,
  useWithdrawAidRequest,
} from '../../api/relocation-aid.js';
import { useSession } from '../../api/session.js';
import { formatDate } from '../../format.js';
import { notify } from '../../notify.js';
import { formatCad, regionName } from './aid-format.js';
import { FileAidRequestDialog } from './FileAidRequestDialog.js';

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * On a person's file: the household's relocation aid requests — what was asked, what the rules allow,
 * the decision and the payments — and a request to file; a request waiting for its decision can be
 * withdrawn.
 */
export function RelocationAidSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const allowed = mayFileAid(session.role);
  const requests = usePersonAidRequests(personId, allowed);
  const withdraw = useWithdrawAidRequest();
  const [filing, setFiling] = useState(false);
  if (!allowed) return null;
  const items = requests.data?.items ?? [];
  return (
    <Paper withBorder p="md" mt="md" component="section" aria-labelledby="relocation-aid-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="relocation-aid-title">
          {t('relocationAid.section.title')}
        </Title>
        <Text size="sm">{t('relocationAid.section.intro')}</Text>
        {requests.error ? (
          <Alert color="red" role="alert">
            {errorMessage(requests.error)}
          </Alert>
        ) : null}
        {withdraw.error ? (
          <Alert color="red" role="alert">
            {errorMessage(withdraw.error)}
          </Alert>
        ) : null}
        {requests.data && items.length === 0 ? (
          <Text size="sm">{t('relocationAid.section.empty')}</Text>
        ) : null}
        {items.map((request) => (
          <Stack key={request.id} gap={2}>
            <Text size="sm" fw={600}>
              {t('relocationAid.section.summary', {
                purpose: t(`relocationAid.purpose.${request.purpose}`),
                region: regionName(request.regionCode),
                date: formatDate(request.filedOn),
                status: t(`relocationAid.status.${request.status}`),
              })}
            </Text>
            {details(request, t).map((line) => (
              <Text key={line} size="sm">
                {line}
              </Text>
            ))}
            {request.actions.includes('withdraw') ? (
              <Group>
                <Button
                  size="xs"
                  variant="default"
                  loading={withdraw.isPending}
                  onClick={async () => {
                    await withdraw.mutateAsync(request.id);
                    notify({ color: 'green', message: t('relocationAid.section.withdrawn_done') });
                  }}
                >
                  {t('relocationAid.section.withdraw')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        ))}
        <Group>
          <Button variant="light" onClick={() => setFiling(true)}>
            {t('relocationAid.section.file')}
          </Button>
        </Group>
      </Stack>
      <FileAidRequestDialog
        personId={personId}
        opened={filing}
        onClose={() => setFiling(false)}
        onFiled={() => {
          setFiling(false);
          notify({ color: 'green', message: t('relocationAid.form.done') });
        }}
      />
    </Paper>
  );
}

function details(request: AidRequestView, t: T): string[] {
  const lines = [t('relocationAid.section.asked', { amount: formatCad(request.askedCents) })];
  if (request.status === 'submitted')
    lines.push(t('relocationAid.section.allowed', { amount: formatCad(request.assessment.allowedCents) }));
  if (request.approvedCents !== null)
    lines.push(t('relocationAid.section.approved', { amount: formatCad(request.approvedCents) }));
  if (request.refusalReason)
    lines.push(
      t('relocationAid.section.refused', {
        reason: t(`relocationAid.refusalReason.${request.refusalReason}`),
      }),
    );
  for (const p of request.payments) {
    lines.push(
      t('relocationAid.section.paid', {
        amount: formatCad(p.amountCents),
        date: formatDate(p.paidOn),
        method: t(`relocationAid.method.${p.method}`),
      }),
    );
    if (p.reversedOn)
      lines.push(
        t('relocationAid.section.reversed', { date: formatDate(p.paidOn), reason: p.reversalReason ?? '' }),
      );
  }
  if (request.cancellation)
    lines.push(
      t('relocationAid.section.cancelled', {
        date: formatDate(request.cancellation.cancelledOn),
        amount: formatCad(request.cancellation.releasedCents),
        reason: request.cancellation.reason,
      }),
    );
  return lines;
}
