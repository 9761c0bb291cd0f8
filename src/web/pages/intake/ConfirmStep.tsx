import { Alert, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../components/CountrySelect.js';
import { formatDate } from '../../format.js';
import type { IntakeDraft } from './intake-draft.js';

/** Everything that will be saved, read once more before the single save. */
export function ConfirmStep({
  draft,
  programName,
  overriding,
  contactMatches,
}: {
  draft: IntakeDraft;
  programName: string | null;
  overriding: boolean;
  contactMatches: boolean;
}) {
  const { t } = useTranslation();
  const rows: [string, string | null][] = [
    [t('person.firstName'), draft.firstName],
    [t('person.lastName'), draft.lastName],
    [
      t('person.originalLastName'),
      [draft.originalFirstName, draft.originalLastName].filter(Boolean).join(' ') || null,
    ],
    [t('person.birthDate'), draft.birthDate ? formatDate(draft.birthDate) : null],
    [t('intake.sex'), draft.sex ? t(`intake.sexOption.${draft.sex}`) : null],
    [t('person.nationality'), draft.nationality ? countryName(draft.nationality) : null],
    [t('person.phone'), draft.phone || null],
    [t('person.email'), draft.email || null],
    [t('person.city'), draft.city || null],
    [t('intake.countryOfResidence'), draft.country ? countryName(draft.country) : null],
    [t('person.immigrationStatus'), draft.immigrationStatus ? t(`status.${draft.immigrationStatus}`) : null],
    [t('intake.consent'), t('intake.consentSummary', { date: formatDate(draft.consentGivenOn) })],
    [
      t('intake.program'),
      programName
        ? t(overriding ? 'intake.willEnrolOverride' : 'intake.willEnrol', { program: programName })
        : t('intake.noEnrolment'),
    ],
  ];
  return (
    <>
      {contactMatches ? (
        <Alert color="orange" variant="light" mb="sm">
          <Text c="dark.9">{t('intake.contactDuplicates')}</Text>
        </Alert>
      ) : null}
      <Table aria-label={t('intake.summary')} variant="vertical" withTableBorder>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w="40%">{label}</Table.Th>
              <Table.Td dir="auto">{value ?? t('app.unknown')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
