import { Anchor, Badge, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../api/recognition.js';
import { formatDate } from '../../format.js';
import { MergedFileBadge, type MergedFileOrigin } from '../person/MergedFileBadge.js';
import { CloseCaseForm, ResultForm } from './CaseOutcomeForms.js';
import { CaseSteps } from './CaseSteps.js';
import { FinanceForm } from './FinanceForm.js';
import { PathwayBadges, ResultBadge, useRecognitionFormat } from './ui.js';

type Panel = 'finance' | 'result' | 'close' | null;

/** One case: the pathway followed, its steps with dates, costs, payers and financing, and its outcome. */
export function CaseCard({
  personId,
  recognitionCase,
}: {
  personId: string;
  recognitionCase: CaseView & { fromMergedFile?: MergedFileOrigin | null };
}) {
  const { t } = useTranslation();
  const format = useRecognitionFormat();
  const [panel, setPanel] = useState<Panel>(null);
  const c = recognitionCase;
  const titleId = `case-${c.id}-title`;
  const open = c.status === 'open';
  // A merged file's case is read here and changed on that file, where it stays.
  const editable = open && !c.fromMergedFile;
  const progressText = t('recognition.person.progress', { done: c.progress.done, total: c.progress.total });
  const title = `${format.occupation(c.pathway.occupation)} — ${format.jurisdiction(c.pathway.jurisdiction)}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={3} size="h4" id={titleId}>
              {title}
            </Title>
            <Text size="sm">
              {[
                c.pathway.routeName,
                t('recognition.person.startedOnValue', { date: formatDate(c.startedOn) }),
                t('recognition.person.versionValue', {
                  number: c.version.number,
                  date: formatDate(c.version.effectiveOn),
                }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            {c.fromMergedFile ? <MergedFileBadge file={c.fromMergedFile} /> : null}
          </div>
          <Group gap="xs" wrap="wrap">
            <Badge color={open ? 'blue.8' : 'gray.7'} variant="filled" tt="none">
              {t(`recognition.caseStatus.${c.status}`)}
            </Badge>
            <PathwayBadges regulated={c.pathway.regulated} illustrative={c.pathway.illustrative} />
          </Group>
        </Group>
        {c.pathway.regulatorName ? (
          <Text size="sm">
            {t('recognition.labelled', { label: t('recognition.pathway.regulator') })}{' '}
            {c.pathway.regulatorUrl ? (
              <Anchor href={c.pathway.regulatorUrl} target="_blank" rel="noreferrer">
                {c.pathway.regulatorName}
              </Anchor>
            ) : (
              c.pathway.regulatorName
            )}
          </Text>
        ) : null}
        {c.newerVersionExists ? <Text size="sm">{t('recognition.person.newerVersion')}</Text> : null}
        <div>
          <Text size="sm">{progressText}</Text>
          <Progress.Root size="md" mt={4}>
            <Progress.Section
              value={c.progress.total === 0 ? 0 : (100 * c.progress.done) / c.progress.total}
              color="blue.8"
              aria-label={progressText}
              aria-valuetext={progressText}
            />
          </Progress.Root>
        </div>

        <CaseSteps personId={personId} recognitionCase={c} readOnly={!editable} />

        <Text size="sm">
          {[
            t('recognition.person.costs', { total: format.money(c.costs.actualCents, c.costs.currency) }),
            ...c.costs.byPayer.map((part) =>
              t('recognition.person.costsByPayer', {
                payer: t(`recognition.payer.${part.paidBy}`),
                amount: format.money(part.cents, c.costs.currency),
              }),
            ),
          ].join(' · ')}
        </Text>

        <CaseOutcome recognitionCase={c} />

        {editable && panel === null ? (
          <Group gap="sm" wrap="wrap">
            <Button variant="light" onClick={() => setPanel('finance')}>
              {t('recognition.finance.button')}
            </Button>
            <Button variant="light" onClick={() => setPanel('result')}>
              {t('recognition.resultForm.button')}
            </Button>
            <Button variant="subtle" onClick={() => setPanel('close')}>
              {t('recognition.closeForm.button')}
            </Button>
          </Group>
        ) : null}
        {editable && panel === 'finance' ? (
          <FinanceForm personId={personId} recognitionCase={c} onDone={() => setPanel(null)} />
        ) : null}
        {editable && panel === 'result' ? (
          <ResultForm personId={personId} recognitionCase={c} onDone={() => setPanel(null)} />
        ) : null}
        {editable && panel === 'close' ? (
          <CloseCaseForm personId={personId} recognitionCase={c} onDone={() => setPanel(null)} />
        ) : null}
      </Stack>
    </Paper>
  );
}

function CaseOutcome({ recognitionCase: c }: { recognitionCase: CaseView }) {
  const { t } = useTranslation();
  if (c.result) {
    const credential = c.result.credential;
    return (
      <Stack gap={4} role="group" aria-label={t('recognition.resultForm.title')}>
        <Group gap="xs">
          <ResultBadge result={c.result.result} />
          <Text size="sm">
            {t('recognition.resultForm.decided', {
              result: t(`recognition.result.${c.result.result}`),
              date: formatDate(c.result.decidedOn),
            })}
          </Text>
        </Group>
        {c.result.conditions ? (
          <Text size="sm">
            {t('recognition.labelled', { label: t('recognition.resultForm.conditions') })}{' '}
            {c.result.conditions}
          </Text>
        ) : null}
        {credential ? (
          <Text size="sm">
            {t('recognition.resultForm.credentialValue', {
              kind: t(`recognition.credentialKind.${credential.kind}`),
              name: credential.name,
              date: formatDate(credential.obtainedOn),
            })}
          </Text>
        ) : null}
      </Stack>
    );
  }
  if (c.closed)
    return (
      <Text size="sm">
        {t('recognition.closeForm.closed', {
          date: formatDate(c.closed.closedOn),
          reason: t(`recognition.closingReason.${c.closed.reason}`),
        })}
        {c.closed.note ? ` — ${c.closed.note}` : ''}
      </Text>
    );
  return null;
}
