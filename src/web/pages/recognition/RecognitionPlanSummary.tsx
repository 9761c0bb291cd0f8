import { Anchor, List, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { mayFollowCases, usePersonRecognitionCases } from '../../api/recognition.js';
import { useSession } from '../../api/session.js';
import { formatDate } from '../../format.js';
import { ResultBadge, useRecognitionFormat } from './ui.js';

/**
 * The career plan's recognition part: the steps of the person's cases, read-only, with a link to the
 * Recognition section where they move. Null when the person has no case (the plan's own text shows).
 */
export function RecognitionPlanSummary({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const cases = usePersonRecognitionCases(personId);
  const format = useRecognitionFormat();
  if (!mayFollowCases(session.role)) return null;
  // The plan is this file's own: a merged file's cases belong to that file's plan.
  const items = (cases.data?.items ?? []).filter((c) => c.status !== 'closed' && !c.fromMergedFile);
  if (items.length === 0) return null;
  return (
    <Stack gap="sm">
      {items.map((c) => (
        <Stack key={c.id} gap={4}>
          <Text size="sm" fw={600}>
            {`${format.occupation(c.pathway.occupation)} — ${format.jurisdiction(c.pathway.jurisdiction)}`}
            {' · '}
            {t('recognition.person.progress', { done: c.progress.done, total: c.progress.total })}
          </Text>
          <List size="sm" type="ordered">
            {c.steps.map((step) => (
              <List.Item key={step.id}>
                {`${format.label(step)} — ${t(`recognition.status.${step.status}`)}`}
                {step.doneOn ? ` (${formatDate(step.doneOn)})` : ''}
              </List.Item>
            ))}
          </List>
          {c.result ? <ResultBadge result={c.result.result} /> : null}
        </Stack>
      ))}
      <Anchor
        size="sm"
        renderRoot={(props) => (
          <Link to="/people/$personId" params={{ personId }} search={{ tab: 'recognition' }} {...props} />
        )}
      >
        {t('recognition.plan.link')}
      </Anchor>
    </Stack>
  );
}
