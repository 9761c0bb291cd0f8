import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonFileView } from '../../api/people.js';
import { formatDate } from '../../format.js';
import { Facts } from './Facts.js';

type BackgroundTab = 'languages' | 'education' | 'experience' | 'barriers' | 'household' | 'consent';

function SimpleTable({
  headers,
  rows,
}: {
  headers: string[];
  rows: { key: string; cells: React.ReactNode[] }[];
}) {
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            {headers.map((header) => (
              <Table.Th key={header} scope="col">
                {header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              {row.cells.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                <Table.Td key={index}>{cell}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function BackgroundTabs({ person, tab }: { person: PersonFileView; tab: BackgroundTab }) {
  const { t } = useTranslation();
  const dash = (value: string | number | null | undefined) =>
    value === null || value === undefined || value === '' ? '—' : value;
  switch (tab) {
    case 'languages':
      return person.languages.length === 0 ? (
        <Text>{t('person.noLanguages')}</Text>
      ) : (
        <SimpleTable
          headers={[t('person.language'), t('person.level')]}
          rows={person.languages.map((entry) => ({
            key: entry.id,
            cells: [entry.language, entry.level ? t(`languageLevel.${entry.level}`, entry.level) : '—'],
          }))}
        />
      );
    case 'education':
      return person.education.length === 0 ? (
        <Text>{t('person.noEducation')}</Text>
      ) : (
        <SimpleTable
          headers={[
            t('person.educationLevel'),
            t('person.degree'),
            t('person.country'),
            t('person.year'),
            t('person.foreignDegree'),
          ]}
          rows={person.education.map((entry) => ({
            key: entry.id,
            cells: [
              entry.level ? t(`educationLevel.${entry.level}`, entry.level) : '—',
              dash(entry.degree),
              dash(entry.country),
              dash(entry.year),
              entry.foreign ? t('app.yes') : t('app.no'),
            ],
          }))}
        />
      );
    case 'experience':
      return person.experience.length === 0 ? (
        <Text>{t('person.noExperience')}</Text>
      ) : (
        <SimpleTable
          headers={[t('person.occupation'), t('person.employer'), t('person.from'), t('person.to')]}
          rows={person.experience.map((entry) => ({
            key: entry.id,
            cells: [entry.occupation, dash(entry.employer), formatDate(entry.from), formatDate(entry.to)],
          }))}
        />
      );
    case 'barriers':
      return person.barriers.length === 0 ? (
        <Text>{t('person.noBarriers')}</Text>
      ) : (
        <SimpleTable
          headers={[t('person.barrier'), t('person.barrierNote')]}
          rows={person.barriers.map((entry) => ({
            key: entry.id,
            cells: [t(`barrier.${entry.category}`, entry.category), dash(entry.note)],
          }))}
        />
      );
    case 'household':
      return (
        <Facts
          items={[
            { label: t('person.householdSize'), value: person.household.size },
            { label: t('person.children'), value: person.household.children },
          ]}
        />
      );
    case 'consent':
      return person.consents.length === 0 ? (
        <Text>{t('person.noConsent')}</Text>
      ) : (
        <SimpleTable
          headers={[t('person.consentPurpose'), t('person.consentDate'), t('person.withdraw')]}
          rows={person.consents.map((entry) => ({
            key: entry.id,
            cells: [
              t(`consentPurpose.${entry.purpose}`, entry.purpose),
              formatDate(entry.givenAt),
              formatDate(entry.withdrawnAt) || '—',
            ],
          }))}
        />
      );
  }
}
