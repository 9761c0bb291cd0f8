import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personDataRoles } from '../../../core/auth/roles.js';
import type { DuplicateReason } from '../../../modules/people/domain/duplicate-score.js';
import { mergeRoles } from '../../../modules/people/domain/merge-roles.js';
import {
  type PersonDuplicatesView,
  useDecideDuplicate,
  useMergePerson,
  usePersonDuplicates,
  useUndoMerge,
} from '../../api/duplicates.js';
import { errorMessage } from '../../api/errors.js';
import { useSession } from '../../api/session.js';
import { formatDate } from '../../format.js';

type Candidate = PersonDuplicatesView['items'][number];
type FileFields = PersonDuplicatesView['file'];
/** What two files are compared on. */
export interface ComparedFile {
  givenName: string;
  familyName: string;
  givenNameOriginal: string | null;
  familyNameOriginal: string | null;
  birthDate: string | null;
  city?: string | null;
}

const against: readonly DuplicateReason[] = ['birth_date_differs', 'name_differs', 'sex_differs'];
const fullName = (file: ComparedFile) => `${file.givenName} ${file.familyName}`;
const originalName = (file: ComparedFile) =>
  [file.givenNameOriginal, file.familyNameOriginal].filter(Boolean).join(' ');

/**
 * On a person's file, only when there is something to decide: the organization's other files the rule
 * takes for this person, compared side by side with the rule's reasons in words, each with "same
 * person" and "different people"; and the discreet notice that another member organization follows a
 * possible match, with "link the files" and "different" (docs/duplicates.md). Nothing else is said of
 * the file elsewhere: the server gives only an opaque reference.
 */
export function DuplicatesPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const allowed = personDataRoles.includes(session.role);
  const found = usePersonDuplicates(personId, allowed);
  const decide = useDecideDuplicate(personId);
  const merge = useMergePerson(personId);
  const undo = useUndoMerge();
  const [done, setDone] = useState<string | null>(null);
  const data = found.data;
  if (!allowed || !data) return null;
  const mayMerge = (mergeRoles as readonly string[]).includes(session.role);
  const elsewhere = data.elsewhere.possibleMatch;
  const { mergedInto, mergedHere } = data.merges;
  if (data.items.length === 0 && !elsewhere && !mergedInto && mergedHere.length === 0 && !done) return null;
  const failure = decide.error ?? merge.error ?? undo.error;
  const busy = decide.isPending || merge.isPending || undo.isPending;
  const onDecided = (message: string) => () => setDone(message);
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="possible-duplicates-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="possible-duplicates-title">
          {t('duplicates.title')}
        </Title>
        {failure ? (
          <Alert color="red" role="alert">
            {errorMessage(failure)}
          </Alert>
        ) : null}
        {mergedInto ? (
          <Alert color="yellow" variant="light" data-testid="merged-into">
            <Stack gap="xs">
              <Text c="dark.9">
                {t('duplicates.mergedInto', {
                  name: `${mergedInto.givenName} ${mergedInto.familyName}`,
                  date: formatDate(mergedInto.mergedAt.slice(0, 10)),
                })}
              </Text>
              <Group gap="sm">
                <FileLink
                  personId={mergedInto.personId}
                  label={t('duplicates.openKept', {
                    name: `${mergedInto.givenName} ${mergedInto.familyName}`,
                  })}
                />
                {mayMerge ? (
                  <Button
                    size="xs"
                    variant="default"
                    loading={undo.isPending}
                    onClick={() => undo.mutate(personId, { onSuccess: onDecided(t('duplicates.undone')) })}
                  >
                    {t('duplicates.undo')}
                  </Button>
                ) : null}
              </Group>
            </Stack>
          </Alert>
        ) : null}
        {mergedHere.length > 0 ? (
          <Stack gap="xs" data-testid="merged-here">
            <Text>{t('duplicates.mergedHere', { count: mergedHere.length })}</Text>
            <Text size="sm">{t('duplicates.mergedShownHere')}</Text>
            {mergedHere.map((file) => {
              const name = `${file.givenName} ${file.familyName}`;
              return (
                <Group key={file.personId} gap="sm">
                  <FileLink personId={file.personId} label={t('duplicates.openMerged', { name })} />
                  <Text size="sm" c="dimmed">
                    {t('duplicates.mergedOn', { date: formatDate(file.mergedAt.slice(0, 10)) })}
                  </Text>
                  {mayMerge ? (
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('duplicates.undoLabel', { name })}
                      disabled={busy}
                      onClick={() =>
                        undo.mutate(file.personId, { onSuccess: onDecided(t('duplicates.undone')) })
                      }
                    >
                      {t('duplicates.undo')}
                    </Button>
                  ) : null}
                </Group>
              );
            })}
          </Stack>
        ) : null}
        {done ? (
          <Alert color="green" role="status">
            {done}
          </Alert>
        ) : null}
        {data.items.length > 0 ? <Text>{t('duplicates.intro', { count: data.items.length })}</Text> : null}
        {data.items.map((candidate) => (
          <CandidateCard
            key={candidate.id}
            file={data.file}
            candidate={candidate}
            busy={busy}
            mayMerge={mayMerge}
            onSame={() =>
              merge.mutate(candidate.id, {
                onSuccess: onDecided(t('duplicates.merged', { name: fullName(candidate) })),
              })
            }
            onDifferent={() =>
              decide.mutate(
                { otherPersonId: candidate.id, decision: 'different' },
                { onSuccess: onDecided(t('duplicates.decidedDifferent')) },
              )
            }
          />
        ))}
        {elsewhere ? (
          <Alert color="blue" variant="light" data-testid="duplicate-elsewhere-decision">
            <Stack gap="xs">
              <Text fw={600} c="dark.9">
                {t('duplicates.elsewhere')}
              </Text>
              <Text size="sm" c="dark.9">
                {t('duplicates.elsewhereHelp')}
              </Text>
              {data.elsewhere.reference ? (
                <Group gap="sm">
                  <Button
                    loading={decide.isPending}
                    disabled={busy}
                    onClick={() =>
                      decide.mutate(
                        { elsewhereReference: data.elsewhere.reference, decision: 'same' },
                        { onSuccess: onDecided(t('duplicates.linked')) },
                      )
                    }
                  >
                    {t('duplicates.link')}
                  </Button>
                  <Button
                    variant="default"
                    disabled={busy}
                    onClick={() =>
                      decide.mutate(
                        { elsewhereReference: data.elsewhere.reference, decision: 'different' },
                        { onSuccess: onDecided(t('duplicates.decidedDifferent')) },
                      )
                    }
                  >
                    {t('duplicates.notLinked')}
                  </Button>
                </Group>
              ) : (
                <Text size="sm">{t('duplicates.elsewhereNoDecision')}</Text>
              )}
            </Stack>
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Why the rule pairs the two files, in words: what is alike, then what is not. */
export function ReasonsInWords({ reasons }: { reasons: readonly DuplicateReason[] }) {
  const { t } = useTranslation();
  const words = (list: readonly DuplicateReason[]) =>
    list.map((reason) => t(`duplicates.reason.${reason}`)).join(', ');
  const alike = reasons.filter((reason) => !against.includes(reason));
  const unlike = reasons.filter((reason) => against.includes(reason));
  return (
    <Text size="sm">
      {alike.length > 0 ? t('duplicates.for', { reasons: words(alike) }) : null}
      {alike.length > 0 && unlike.length > 0 ? ' · ' : null}
      {unlike.length > 0 ? t('duplicates.against', { reasons: words(unlike) }) : null}
    </Text>
  );
}

/** The two files' identifying fields side by side. */
export function SideBySide(props: {
  first: ComparedFile;
  second: ComparedFile;
  caption: string;
  columns?: [string, string];
}) {
  const { t } = useTranslation();
  const rows: [string, (file: ComparedFile) => string][] = [
    [t('duplicates.name'), fullName],
    [t('duplicates.originalName'), (file) => originalName(file) || '—'],
    [t('duplicates.birthDate'), (file) => (file.birthDate ? formatDate(file.birthDate) : '—')],
    ...(props.first.city === undefined && props.second.city === undefined
      ? []
      : [
          [t('duplicates.city'), (file: ComparedFile) => file.city ?? '—'] as [
            string,
            (file: ComparedFile) => string,
          ],
        ]),
  ];
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table withTableBorder captionSide="top">
        <Table.Caption>{props.caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('duplicates.field')}</Table.Th>
            <Table.Th scope="col">{props.columns?.[0] ?? t('duplicates.thisFile')}</Table.Th>
            <Table.Th scope="col">{props.columns?.[1] ?? t('duplicates.otherFile')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row">{label}</Table.Th>
              <Table.Td dir="auto">{value(props.first)}</Table.Td>
              <Table.Td dir="auto">{value(props.second)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function CandidateCard(props: {
  file: FileFields;
  candidate: Candidate;
  busy: boolean;
  mayMerge: boolean;
  onSame: () => void;
  onDifferent: () => void;
}) {
  const { t } = useTranslation();
  const name = fullName(props.candidate);
  return (
    <Paper withBorder p="sm" data-testid="possible-duplicate-of-file">
      <Stack gap="xs">
        <SideBySide
          first={props.file}
          second={props.candidate}
          caption={t('duplicates.comparison', { name })}
        />
        <ReasonsInWords reasons={props.candidate.reasons} />
        <Group gap="sm">
          <FileLink personId={props.candidate.id} label={t('duplicates.openOther', { name })} />
          {props.mayMerge ? (
            <Button
              size="xs"
              aria-label={t('duplicates.sameLabel', { name })}
              loading={props.busy}
              onClick={props.onSame}
            >
              {t('duplicates.same')}
            </Button>
          ) : null}
          <Button
            size="xs"
            variant="default"
            aria-label={t('duplicates.differentLabel', { name })}
            disabled={props.busy}
            onClick={props.onDifferent}
          >
            {t('duplicates.different')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function FileLink({ personId, label }: { personId: string; label: string }) {
  return (
    <Anchor
      size="sm"
      renderRoot={(rootProps) => (
        <Link to="/people/$personId" params={{ personId }} search={{}} {...rootProps} />
      )}
    >
      {label}
    </Anchor>
  );
}
