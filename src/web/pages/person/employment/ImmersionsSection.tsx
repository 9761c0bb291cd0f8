import { Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  agreementPdfUrl,
  type ImmersionView,
  type JobVisitView,
  signatories,
  usePersonImmersions,
} from '../../../api/immersions.js';
import { QueryState } from '../../../components/QueryState.js';
import { formatDate, formatDateTime, formatNumber } from '../../../format.js';
import { Dialog } from '../../caseload/Dialog.js';
import { MergedFileBadge, type MergedFileOrigin } from '../MergedFileBadge.js';
import { AssessForm, CreateForm, MissedHoursForm, SignForm } from './ImmersionForms.js';

type Dialogs = { kind: 'create' } | { kind: 'sign' | 'missed' | 'assess'; immersion: ImmersionView } | null;

/**
 * The person's immersions and internships (PMSMP, job shadowing) with their agreement, signatures,
 * missed hours and assessment, and their job visits (sessions at an employer), in the employment tab.
 */
export function ImmersionsSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const immersions = usePersonImmersions(personId);
  const [dialog, setDialog] = useState<Dialogs>(null);
  const close = () => setDialog(null);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="immersions-title">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={2} size="h4" id="immersions-title">
            {t('immersions.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('immersions.intro')}
          </Text>
        </div>
        <Button onClick={() => setDialog({ kind: 'create' })}>{t('immersions.add')}</Button>
      </Group>
      <QueryState
        isPending={immersions.isPending}
        error={immersions.error}
        onRetry={() => immersions.refetch()}
        missingRouteText={t('immersions.unavailable')}
      >
        {immersions.data ? (
          <Stack gap="md" mt="md">
            {immersions.data.items.length === 0 ? <Text>{t('immersions.empty')}</Text> : null}
            {immersions.data.items.map((immersion) => (
              <ImmersionCard
                key={immersion.id}
                immersion={immersion}
                onAction={(kind) => setDialog({ kind, immersion })}
              />
            ))}
            <JobVisits visits={immersions.data.jobVisits} />
          </Stack>
        ) : null}
      </QueryState>
      <Dialog opened={dialog?.kind === 'create'} onClose={close} title={t('immersions.add')}>
        {dialog?.kind === 'create' ? <CreateForm personId={personId} onClose={close} /> : null}
      </Dialog>
      <Dialog opened={dialog?.kind === 'sign'} onClose={close} title={t('immersions.action.sign')}>
        {dialog?.kind === 'sign' ? <SignForm immersion={dialog.immersion} onClose={close} /> : null}
      </Dialog>
      <Dialog opened={dialog?.kind === 'missed'} onClose={close} title={t('immersions.action.missedHours')}>
        {dialog?.kind === 'missed' ? <MissedHoursForm immersion={dialog.immersion} onClose={close} /> : null}
      </Dialog>
      <Dialog opened={dialog?.kind === 'assess'} onClose={close} title={t('immersions.action.assess')}>
        {dialog?.kind === 'assess' ? <AssessForm immersion={dialog.immersion} onClose={close} /> : null}
      </Dialog>
    </Paper>
  );
}

/** Dark enough for white text (WCAG AA), like the placements' states. */
const statusColor: Record<ImmersionView['status'], string> = {
  awaiting_signatures: '#7a5a00',
  signatures_late: '#a51d2d',
  signed: '#1c5d99',
  in_progress: '#1e6b34',
  to_assess: '#9c3a00',
  assessed: '#495057',
};

function ImmersionCard({
  immersion,
  onAction,
}: {
  immersion: ImmersionView & { fromMergedFile: MergedFileOrigin | null };
  onAction: (kind: 'sign' | 'missed' | 'assess') => void;
}) {
  const { t } = useTranslation();
  const titleId = `immersion-${immersion.id}`;
  const hours = (value: number) => formatNumber(value);
  // A merged file's immersion is signed, completed and assessed on that file, where it stays.
  const open = immersion.assessment === null && !immersion.fromMergedFile;
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={titleId}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h5" id={titleId}>
            {t(`immersions.kind.${immersion.kind}`)} — {immersion.employer.name}
          </Title>
          <Badge color={statusColor[immersion.status]} variant="filled" tt="none">
            {t(`immersions.status.${immersion.status}`)}
          </Badge>
        </Group>
        {immersion.fromMergedFile ? <MergedFileBadge file={immersion.fromMergedFile} /> : null}
        <Text size="sm">
          {t('immersions.card.dates', {
            from: formatDate(immersion.startsOn),
            to: formatDate(immersion.endsOn),
            hours: immersion.plannedHours,
          })}
        </Text>
        {immersion.site ? (
          <Text size="sm">
            {t('immersions.card.host', {
              employer: immersion.employer.name,
              site: `${immersion.site.name}, ${immersion.site.city}`,
            })}
          </Text>
        ) : null}
        {immersion.tutor ? (
          <Text size="sm">{t('immersions.card.tutor', { name: immersion.tutor.name })}</Text>
        ) : null}
        {immersion.counselor.name ? (
          <Text size="sm">{t('immersions.card.counselor', { name: immersion.counselor.name })}</Text>
        ) : null}
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {immersion.objectives}
        </Text>
        <Text size="sm" fw={600}>
          {t('immersions.card.signatures')}
        </Text>
        <List size="sm" spacing={2}>
          {signatories.map((signatory) => {
            const signature = immersion.signatures.find((s) => s.signatory === signatory);
            return (
              <List.Item key={signatory}>
                {t('immersions.card.signatureLine', {
                  who: t(`immersions.signatory.${signatory}`),
                  what: signature
                    ? t('immersions.card.signedOn', {
                        name: signature.signerName,
                        when: formatDateTime(signature.signedAt),
                      })
                    : t('immersions.card.notSigned'),
                })}
              </List.Item>
            );
          })}
        </List>
        <Text size="sm" fw={600}>
          {t('immersions.card.missedHours')}
        </Text>
        {immersion.missedHours.length === 0 ? (
          <Text size="sm">{t('immersions.card.noMissedHours')}</Text>
        ) : (
          <>
            <List size="sm" spacing={2}>
              {immersion.missedHours.map((entry) => (
                <List.Item key={entry.id}>
                  {t('immersions.card.missedLine', {
                    day: formatDate(entry.onDay),
                    hours: hours(entry.hours),
                  })}
                  {entry.reason ? ` — ${entry.reason}` : ''}
                </List.Item>
              ))}
            </List>
            <Text size="sm">
              {t('immersions.card.missedTotal', {
                total: hours(immersion.missedHoursTotal),
                planned: immersion.plannedHours,
              })}
            </Text>
          </>
        )}
        {immersion.assessment ? (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('immersions.card.assessment', {
                day: formatDate(immersion.assessment.assessedOn),
                outcome: t(`immersions.outcome.${immersion.assessment.outcome}`),
              })}
            </Text>
            <Text size="sm">
              {immersion.assessment.endedWithJobOffer && immersion.assessment.jobContractType
                ? t('immersions.card.jobOffer', {
                    contract: t(`offers.contractType.${immersion.assessment.jobContractType}`, {
                      defaultValue: immersion.assessment.jobContractType,
                    }),
                  })
                : t('immersions.card.noJobOffer')}
            </Text>
          </Stack>
        ) : null}
        <Group gap="xs" wrap="wrap">
          {open && immersion.missingSignatures.length > 0 ? (
            <Button size="xs" variant="light" onClick={() => onAction('sign')}>
              {t('immersions.action.sign')}
            </Button>
          ) : null}
          {open ? (
            <Button size="xs" variant="light" onClick={() => onAction('missed')}>
              {t('immersions.action.missedHours')}
            </Button>
          ) : null}
          {open ? (
            <Button size="xs" variant="light" onClick={() => onAction('assess')}>
              {t('immersions.action.assess')}
            </Button>
          ) : null}
          {(['fr', 'en'] as const).map((locale) => (
            <Anchor
              key={locale}
              size="sm"
              href={agreementPdfUrl(immersion.id, locale)}
              target="_blank"
              aria-label={t('immersions.card.agreementPdfOf', {
                employer: immersion.employer.name,
                language: t(`immersions.language.${locale}`),
              })}
            >
              <IconFileTypePdf size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} />{' '}
              {t('immersions.card.agreementPdf', { language: t(`immersions.language.${locale}`) })}
            </Anchor>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}

function JobVisits({ visits }: { visits: (JobVisitView & { fromMergedFile: MergedFileOrigin | null })[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} component="section" aria-labelledby="job-visits-title">
      <Title order={3} size="h5" id="job-visits-title">
        {t('immersions.jobVisits.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('immersions.jobVisits.intro')}
      </Text>
      {visits.length === 0 ? <Text size="sm">{t('immersions.jobVisits.empty')}</Text> : null}
      <List size="sm" spacing={4}>
        {visits.map((visit) => (
          <List.Item key={visit.enrolmentId}>
            <Anchor
              renderRoot={(props) => (
                <Link to="/sessions/$seriesId" params={{ seriesId: visit.seriesId }} {...props} />
              )}
            >
              {t('immersions.jobVisits.line', { title: visit.title, employer: visit.employer?.name ?? '—' })}
            </Anchor>{' '}
            · {t(`immersions.jobVisits.enrolmentStatus.${visit.status}`, { defaultValue: visit.status })}
            {visit.firstMeetingAt
              ? ` · ${t('immersions.jobVisits.when', { when: formatDateTime(visit.firstMeetingAt) })}`
              : ''}
            {visit.fromMergedFile ? <MergedFileBadge file={visit.fromMergedFile} /> : null}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
