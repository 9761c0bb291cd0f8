import { Alert, Anchor, List, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import type { DuplicateProbe, PossibleDuplicate } from '../../api/intake.js';
import { formatDate } from '../../format.js';
import type { IntakeDraft } from './intake-draft.js';

/** What is known of the person so far, to look for their file: names in both scripts, birth date, contacts. */
export function duplicateProbeOf(draft: IntakeDraft): DuplicateProbe {
  const orNull = (value: string) => value.trim() || null;
  return {
    givenName: orNull(draft.firstName),
    familyName: orNull(draft.lastName),
    givenNameOriginal: orNull(draft.originalFirstName),
    familyNameOriginal: orNull(draft.originalLastName),
    birthDate: orNull(draft.birthDate),
    phone: orNull(draft.phone),
    email: orNull(draft.email),
  };
}

const fullName = (person: PossibleDuplicate) => `${person.givenName} ${person.familyName}`;
const originalName = (person: PossibleDuplicate) =>
  [person.givenNameOriginal, person.familyNameOriginal].filter(Boolean).join(' ');

/**
 * The files of the organization that may already be this person, each with a link to open it, before
 * a second file is created. Only the organization's own files come back from the server; of the other
 * members of its consortia, only whether one of them follows a possible match (docs/duplicates.md).
 */
export function DuplicatesStep({
  found,
}: {
  found: {
    data?: { items: PossibleDuplicate[]; consortium?: { possibleMatchElsewhere: boolean } };
    isFetching: boolean;
    error: unknown;
  };
}) {
  const { t } = useTranslation();
  const items = found.data?.items ?? [];
  return (
    <section aria-live="polite" aria-busy={found.isFetching}>
      {found.error ? (
        <Alert color="red" role="alert">
          {errorMessage(found.error)}
        </Alert>
      ) : null}
      {!found.data && found.isFetching ? <Text>{t('intake.searching')}</Text> : null}
      {found.data && items.length === 0 ? <Text>{t('intake.noDuplicate')}</Text> : null}
      {items.length > 0 ? (
        <>
          <Alert color="orange" variant="light" mb="sm">
            <Text c="dark.9">{t('intake.duplicatesFound', { count: items.length })}</Text>
          </Alert>
          <List aria-label={t('intake.duplicatesList')} spacing="sm" listStyleType="none" ml={0} pl={0}>
            {items.map((person) => (
              <List.Item key={person.id} data-testid="possible-duplicate">
                <Anchor
                  fw={600}
                  renderRoot={(props) => (
                    <Link to="/people/$personId" params={{ personId: person.id }} search={{}} {...props} />
                  )}
                  aria-label={t('intake.openExisting', { name: fullName(person) })}
                >
                  {fullName(person)}
                </Anchor>
                {originalName(person) ? (
                  <Text span dir="auto">
                    {' '}
                    ({originalName(person)})
                  </Text>
                ) : null}
                <Text size="sm" c="dimmed">
                  {[
                    person.birthDate ? t('intake.bornOn', { date: formatDate(person.birthDate) }) : null,
                    person.city,
                    t('intake.matchedOn', {
                      reasons: person.matchedOn.map((reason) => t(`intake.match.${reason}`)).join(', '),
                    }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </List.Item>
            ))}
          </List>
        </>
      ) : null}
      {found.data?.consortium?.possibleMatchElsewhere ? (
        <Alert color="blue" variant="light" mt="sm" data-testid="duplicate-elsewhere">
          <Text c="dark.9">{t('intake.duplicateElsewhere')}</Text>
          <Text c="dark.9" size="sm" mt="xs">
            {t('duplicates.intakeHint')}
          </Text>
        </Alert>
      ) : null}
    </section>
  );
}
