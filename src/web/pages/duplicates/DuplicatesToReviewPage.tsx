import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mergeRoles } from '../../../modules/people/domain/merge-roles.js';
import {
  useConsortiumDuplicatePairs,
  useDecideFromList,
  useDuplicatePairs,
  useMergeFromList,
} from '../../api/duplicates.js';
import { errorMessage } from '../../api/errors.js';
import { useSession } from '../../api/session.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate } from '../../format.js';
import { FileLink, ReasonsInWords, SideBySide } from '../person/DuplicatesPanel.js';

const nameOf = (file: { givenName: string; familyName: string }) => `${file.givenName} ${file.familyName}`;

/**
 * Possible duplicates to review (docs/duplicates.md): the pairs of my organization's files the rule
 * takes for one person (the batch run over the organization, read now), each compared side by side
 * with "same person" (merge the second into the first) and "different people"; then my files the
 * latest run over the consortium found followed by another member too, with "link the files" and
 * "different" — the other file is named by nothing.
 */
export function DuplicatesToReviewPage() {
  const { t } = useTranslation();
  const session = useSession();
  const mayMerge = (mergeRoles as readonly string[]).includes(session.role);
  const pairs = useDuplicatePairs(100);
  const elsewhere = useConsortiumDuplicatePairs(100);
  const decide = useDecideFromList();
  const merge = useMergeFromList();
  const [done, setDone] = useState<string | null>(null);
  const busy = decide.isPending || merge.isPending;
  const failure = decide.error ?? merge.error;
  return (
    <>
      <PageTitle title={t('duplicates.review.title')} intro={t('duplicates.review.intro')} />
      <Stack gap="md">
        {failure ? (
          <Alert color="red" role="alert">
            {errorMessage(failure)}
          </Alert>
        ) : null}
        {done ? (
          <Alert color="green" role="status">
            {done}
          </Alert>
        ) : null}
        <section aria-labelledby="duplicates-mine">
          <Title order={2} size="h4" id="duplicates-mine" mb="sm">
            {t('duplicates.review.mine')}
          </Title>
          <QueryState isPending={pairs.isPending} error={pairs.error} onRetry={() => pairs.refetch()}>
            {pairs.data && pairs.data.pairs.length === 0 ? (
              <Text>{t('duplicates.review.noneMine')}</Text>
            ) : null}
            <Stack gap="sm">
              {pairs.data?.pairs.map((pair) => {
                const first = nameOf(pair.first);
                const second = nameOf(pair.second);
                return (
                  <Paper
                    withBorder
                    p="sm"
                    key={`${pair.first.id}|${pair.second.id}`}
                    data-testid="pair-to-review"
                  >
                    <Stack gap="xs">
                      <SideBySide
                        first={pair.first}
                        second={pair.second}
                        caption={t('duplicates.review.pair', { first, second })}
                        columns={[first, second]}
                      />
                      <ReasonsInWords reasons={pair.reasons} />
                      <Group gap="sm">
                        <FileLink
                          personId={pair.first.id}
                          label={t('duplicates.openOther', { name: first })}
                        />
                        <FileLink
                          personId={pair.second.id}
                          label={t('duplicates.openOther', { name: second })}
                        />
                        {mayMerge ? (
                          <Button
                            size="xs"
                            aria-label={t('duplicates.review.sameLabel', { first, second })}
                            disabled={busy}
                            onClick={() =>
                              merge.mutate(
                                { keptPersonId: pair.first.id, mergedPersonId: pair.second.id },
                                { onSuccess: () => setDone(t('duplicates.merged', { name: second })) },
                              )
                            }
                          >
                            {t('duplicates.same')}
                          </Button>
                        ) : null}
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('duplicates.review.differentLabel', { first, second })}
                          disabled={busy}
                          onClick={() =>
                            decide.mutate(
                              {
                                personId: pair.first.id,
                                body: { otherPersonId: pair.second.id, decision: 'different' },
                              },
                              { onSuccess: () => setDone(t('duplicates.decidedDifferent')) },
                            )
                          }
                        >
                          {t('duplicates.different')}
                        </Button>
                      </Group>
                    </Stack>
                  </Paper>
                );
              })}
            </Stack>
          </QueryState>
        </section>
        <section aria-labelledby="duplicates-elsewhere">
          <Title order={2} size="h4" id="duplicates-elsewhere" mb="sm">
            {t('duplicates.review.elsewhere')}
          </Title>
          <QueryState
            isPending={elsewhere.isPending}
            error={elsewhere.error}
            onRetry={() => elsewhere.refetch()}
          >
            {elsewhere.data && !elsewhere.data.run ? <Text>{t('duplicates.review.noRun')}</Text> : null}
            {elsewhere.data?.run ? (
              <Text size="sm" c="dimmed" mb="xs">
                {t('duplicates.review.runOf', {
                  date: elsewhere.data.run.finishedAt
                    ? formatDate(elsewhere.data.run.finishedAt.slice(0, 10))
                    : '—',
                })}
              </Text>
            ) : null}
            {elsewhere.data?.run && elsewhere.data.items.length === 0 ? (
              <Text>{t('duplicates.review.noneElsewhere')}</Text>
            ) : null}
            <Stack gap="sm">
              {elsewhere.data?.items.map((item) => {
                const name = nameOf(item.file);
                return (
                  <Paper
                    withBorder
                    p="sm"
                    key={item.reference ?? `${item.file.id}-${item.score}-${item.reasons.join()}`}
                    data-testid="match-elsewhere-to-review"
                  >
                    <Stack gap="xs">
                      <Text fw={600}>{t('duplicates.review.followedElsewhere', { name })}</Text>
                      <ReasonsInWords reasons={item.reasons} />
                      <Group gap="sm">
                        <FileLink personId={item.file.id} label={t('duplicates.openOther', { name })} />
                        {item.reference ? (
                          <>
                            <Button
                              size="xs"
                              aria-label={t('duplicates.review.linkLabel', { name })}
                              disabled={busy}
                              onClick={() =>
                                decide.mutate(
                                  {
                                    personId: item.file.id,
                                    body: { elsewhereReference: item.reference, decision: 'same' },
                                  },
                                  { onSuccess: () => setDone(t('duplicates.linked')) },
                                )
                              }
                            >
                              {t('duplicates.link')}
                            </Button>
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={t('duplicates.review.notLinkedLabel', { name })}
                              disabled={busy}
                              onClick={() =>
                                decide.mutate(
                                  {
                                    personId: item.file.id,
                                    body: { elsewhereReference: item.reference, decision: 'different' },
                                  },
                                  { onSuccess: () => setDone(t('duplicates.decidedDifferent')) },
                                )
                              }
                            >
                              {t('duplicates.notLinked')}
                            </Button>
                          </>
                        ) : (
                          <Text size="sm">{t('duplicates.elsewhereNoDecision')}</Text>
                        )}
                      </Group>
                    </Stack>
                  </Paper>
                );
              })}
            </Stack>
          </QueryState>
        </section>
      </Stack>
    </>
  );
}
