import { Button, NativeSelect, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  barrierCategories,
  barrierStatuses,
  consentPurposes,
  householdRelations,
  languageSkills,
} from '../../../contracts/people.js';
import {
  commonLanguages,
  educationLevelOf,
  educationLevels,
  type PersonFileView,
  useAddPersonItem,
  useRemovePersonItem,
  useRevokeConsent,
  useUpdateBarrier,
} from '../../api/people.js';
import { useLanguageScales } from '../../api/reference.js';
import { type EntryField, EntryForm, type EntryValues } from '../../components/EntryForm.js';
import { type OccupationChoice, OccupationPicker } from '../../components/OccupationPicker.js';
import { formatDate } from '../../format.js';
import { currentLanguage } from '../../i18n/index.js';
import { Facts } from './Facts.js';
import { LanguageLevelField, type LevelChoice } from './LanguageLevelField.js';

type BackgroundTab = 'languages' | 'education' | 'experience' | 'barriers' | 'household' | 'consent';

export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([currentLanguage()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function SimpleTable({ headers, rows }: { headers: string[]; rows: { key: string; cells: ReactNode[] }[] }) {
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

const today = () => new Date().toISOString().slice(0, 10);
const text = (values: EntryValues, name: string) => {
  const value = values[name];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
};
const number = (values: EntryValues, name: string) =>
  typeof values[name] === 'number' ? (values[name] as number) : null;

export function BackgroundTabs({ person, tab }: { person: PersonFileView; tab: BackgroundTab }) {
  const { t } = useTranslation();
  const add = useAddPersonItem(person.id);
  const remove = useRemovePersonItem(person.id);
  const revoke = useRevokeConsent(person.id);
  const scales = useLanguageScales();
  const updateBarrier = useUpdateBarrier(person.id);
  const dash = (value: string | number | null | undefined) =>
    value === null || value === undefined || value === '' ? '—' : value;
  const removeButton = (
    kind: 'language' | 'education' | 'experience' | 'barrier' | 'household_member',
    itemId: string,
    what: string,
  ) => (
    <Button
      size="xs"
      variant="default"
      c="red.9"
      aria-label={`${t('app.remove')}: ${what}`}
      onClick={() => remove.mutate({ kind, itemId })}
    >
      {t('app.remove')}
    </Button>
  );
  const options = (values: readonly string[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

  switch (tab) {
    case 'languages': {
      const fields: EntryField[] = [
        {
          name: 'language',
          label: t('person.language'),
          kind: 'select',
          required: true,
          options: commonLanguages.map((code) => ({ value: code, label: languageName(code) })),
        },
        {
          name: 'level',
          label: t('person.level'),
          kind: 'custom',
          render: (value, set, error) => (
            <LanguageLevelField value={value as LevelChoice | undefined} onChange={set} error={error} />
          ),
        },
        {
          name: 'skill',
          label: t('person.skill'),
          kind: 'select',
          options: options(languageSkills, 'languageSkill'),
        },
        {
          name: 'testName',
          label: t('person.testName'),
          kind: 'select',
          options: (scales.data?.tests ?? []).map((name) => ({ value: name, label: name })),
        },
        { name: 'testDate', label: t('person.testDate'), kind: 'date' },
        { name: 'motherTongue', label: t('languageLevel.native'), kind: 'checkbox' },
      ];
      return (
        <>
          {person.languages.length === 0 ? (
            <Text>{t('person.noLanguages')}</Text>
          ) : (
            <SimpleTable
              headers={[t('person.language'), t('person.level'), t('person.testName'), t('app.actions')]}
              rows={person.languages.map((entry) => ({
                key: entry.id,
                cells: [
                  languageName(entry.language),
                  entry.motherTongue
                    ? t('languageLevel.native')
                    : entry.level
                      ? `${entry.level} (${(entry.scale ?? 'cefr').toUpperCase()})${
                          entry.skill && entry.skill !== 'overall'
                            ? ` · ${t(`languageSkill.${entry.skill}`)}`
                            : ''
                        }`
                      : '—',
                  entry.testName
                    ? `${entry.testName}${entry.testDate ? ` (${formatDate(entry.testDate)})` : ''}`
                    : '—',
                  removeButton('language', entry.id, languageName(entry.language)),
                ],
              }))}
            />
          )}
          <EntryForm
            title={t('person.addLanguage')}
            fields={fields}
            submitLabel={t('app.add')}
            onSubmit={(values) =>
              add.mutateAsync({
                kind: 'language',
                data: values.motherTongue
                  ? { language: String(values.language ?? ''), motherTongue: true }
                  : {
                      language: String(values.language ?? ''),
                      motherTongue: false,
                      scale: (values.level as LevelChoice | undefined)?.scale ?? 'cefr',
                      skill: (text(values, 'skill') ?? 'overall') as never,
                      level: (values.level as LevelChoice | undefined)?.level || null,
                      testName: text(values, 'testName'),
                      testDate: text(values, 'testDate'),
                    },
              })
            }
          />
        </>
      );
    }
    case 'education':
      return (
        <>
          {person.education.length === 0 ? (
            <Text>{t('person.noEducation')}</Text>
          ) : (
            <SimpleTable
              headers={[
                t('person.educationLevel'),
                t('person.degree'),
                t('person.country'),
                t('person.year'),
                t('person.foreignDegree'),
                t('app.actions'),
              ]}
              rows={person.education.map((entry) => {
                const level = educationLevelOf(entry.iscedLevel);
                return {
                  key: entry.id,
                  cells: [
                    level ? t(`educationLevel.${level}`) : '—',
                    dash(entry.field),
                    dash(entry.country),
                    dash(entry.yearCompleted),
                    entry.obtainedAbroad ? t('app.yes') : t('app.no'),
                    removeButton(
                      'education',
                      entry.id,
                      entry.field ?? (level ? t(`educationLevel.${level}`) : ''),
                    ),
                  ],
                };
              })}
            />
          )}
          <EntryForm
            title={t('person.addEducation')}
            fields={[
              {
                name: 'level',
                label: t('person.educationLevel'),
                kind: 'select',
                options: options(Object.keys(educationLevels), 'educationLevel'),
              },
              { name: 'field', label: t('person.degree'), kind: 'text' },
              { name: 'country', label: t('person.countryCode'), kind: 'text' },
              { name: 'yearCompleted', label: t('person.year'), kind: 'number', min: 1940, max: 2100 },
              { name: 'obtainedAbroad', label: t('person.foreignDegree'), kind: 'checkbox' },
            ]}
            submitLabel={t('app.add')}
            onSubmit={(values) => {
              const level = text(values, 'level') as keyof typeof educationLevels | null;
              return add.mutateAsync({
                kind: 'education',
                data: {
                  iscedLevel: level ? educationLevels[level] : null,
                  field: text(values, 'field'),
                  country: text(values, 'country'),
                  yearCompleted: number(values, 'yearCompleted'),
                  obtainedAbroad: Boolean(values.obtainedAbroad),
                },
              });
            }}
          />
        </>
      );
    case 'experience':
      return (
        <>
          {person.experience.length === 0 ? (
            <Text>{t('person.noExperience')}</Text>
          ) : (
            <SimpleTable
              headers={[
                t('person.occupation'),
                t('person.employer'),
                t('person.country'),
                t('person.from'),
                t('person.to'),
                t('app.actions'),
              ]}
              rows={person.experience.map((entry) => ({
                key: entry.id,
                cells: [
                  entry.occupationLabel,
                  dash(entry.employer),
                  dash(entry.country),
                  dash(entry.startYear),
                  dash(entry.endYear),
                  removeButton('experience', entry.id, entry.occupationLabel),
                ],
              }))}
            />
          )}
          <EntryForm
            title={t('person.addExperience')}
            fields={[
              {
                name: 'occupation',
                label: t('person.occupation'),
                kind: 'custom',
                errorPath: 'occupationLabel',
                render: (value, set, error) => (
                  <OccupationPicker
                    value={value as OccupationChoice | undefined}
                    onChange={set}
                    error={error}
                    personLanguages={person.languages.map((entry) => entry.language)}
                  />
                ),
              },
              { name: 'employer', label: t('person.employer'), kind: 'text' },
              { name: 'country', label: t('person.countryCode'), kind: 'text' },
              { name: 'startYear', label: t('person.fromYear'), kind: 'number', min: 1940, max: 2100 },
              { name: 'endYear', label: t('person.toYear'), kind: 'number', min: 1940, max: 2100 },
            ]}
            submitLabel={t('app.add')}
            onSubmit={(values) => {
              const occupation = values.occupation as OccupationChoice | undefined;
              return add.mutateAsync({
                kind: 'experience',
                data: {
                  occupationLabel: occupation?.text.trim() ?? '',
                  escoId: occupation?.escoId ?? null,
                  employer: text(values, 'employer'),
                  country: text(values, 'country'),
                  startYear: number(values, 'startYear'),
                  endYear: number(values, 'endYear'),
                },
              });
            }}
          />
        </>
      );
    case 'barriers':
      return (
        <>
          {person.barriers.length === 0 ? (
            <Text>{t('person.noBarriers')}</Text>
          ) : (
            <SimpleTable
              headers={[
                t('person.barrier'),
                t('person.barrierStatus'),
                t('person.identifiedOn'),
                t('person.barrierNote'),
                t('app.actions'),
              ]}
              rows={person.barriers.map((entry) => ({
                key: entry.id,
                cells: [
                  t(`barrier.${entry.category}`),
                  <NativeSelect
                    key="status"
                    size="xs"
                    aria-label={`${t('person.barrierStatus')}: ${t(`barrier.${entry.category}`)}`}
                    value={
                      // The chosen status stays shown while it is saved and the file reloads.
                      updateBarrier.isPending && updateBarrier.variables?.itemId === entry.id
                        ? updateBarrier.variables.body.status
                        : entry.status
                    }
                    disabled={updateBarrier.isPending}
                    onChange={(event) => {
                      const status = event.currentTarget.value as typeof entry.status;
                      updateBarrier.mutate({
                        itemId: entry.id,
                        body: { status, resolvedOn: status === 'resolved' ? today() : null },
                      });
                    }}
                    data={options(barrierStatuses, 'barrierStatus')}
                  />,
                  formatDate(entry.identifiedOn),
                  dash(entry.note),
                  removeButton('barrier', entry.id, t(`barrier.${entry.category}`)),
                ],
              }))}
            />
          )}
          <EntryForm
            title={t('person.addBarrier')}
            initial={{ identifiedOn: today() }}
            fields={[
              {
                name: 'category',
                label: t('person.barrier'),
                kind: 'select',
                required: true,
                options: options(barrierCategories, 'barrier'),
              },
              {
                name: 'status',
                label: t('person.barrierStatus'),
                kind: 'select',
                options: options(barrierStatuses, 'barrierStatus'),
              },
              { name: 'identifiedOn', label: t('person.identifiedOn'), kind: 'date', required: true },
              { name: 'note', label: t('person.barrierNote'), kind: 'textarea' },
            ]}
            submitLabel={t('app.add')}
            onSubmit={(values) =>
              add.mutateAsync({
                kind: 'barrier',
                data: {
                  category: values.category as never,
                  status: (text(values, 'status') ?? 'identified') as never,
                  identifiedOn: text(values, 'identifiedOn') ?? '',
                  note: text(values, 'note'),
                },
              })
            }
          />
        </>
      );
    case 'household':
      return (
        <>
          <Facts items={[{ label: t('person.householdSize'), value: person.householdSize }]} />
          {person.household.length > 0 ? (
            <SimpleTable
              headers={[t('person.relation'), t('person.firstName'), t('person.birthYear'), t('app.actions')]}
              rows={person.household.map((entry) => ({
                key: entry.id,
                cells: [
                  t(`relation.${entry.relation}`),
                  dash(entry.givenName),
                  dash(entry.birthYear),
                  removeButton('household_member', entry.id, t(`relation.${entry.relation}`)),
                ],
              }))}
            />
          ) : null}
          <EntryForm
            title={t('person.addMember')}
            fields={[
              {
                name: 'relation',
                label: t('person.relation'),
                kind: 'select',
                required: true,
                options: options(householdRelations, 'relation'),
              },
              { name: 'givenName', label: t('person.firstName'), kind: 'text' },
              { name: 'birthYear', label: t('person.birthYear'), kind: 'number', min: 1900, max: 2100 },
            ]}
            submitLabel={t('app.add')}
            onSubmit={(values) =>
              add.mutateAsync({
                kind: 'household_member',
                data: {
                  relation: values.relation as never,
                  givenName: text(values, 'givenName'),
                  birthYear: number(values, 'birthYear'),
                },
              })
            }
          />
        </>
      );
    case 'consent':
      return (
        <>
          {person.consents.length === 0 ? (
            <Text>{t('person.noConsent')}</Text>
          ) : (
            <SimpleTable
              headers={[
                t('person.consentPurpose'),
                t('person.consentDate'),
                t('person.consentState'),
                t('app.actions'),
              ]}
              rows={person.consents.map((entry) => ({
                key: entry.id,
                cells: [
                  t(`consentPurpose.${entry.purpose}`),
                  formatDate(entry.givenOn),
                  entry.inForce
                    ? t('person.inForce')
                    : t('person.revokedOn', { date: formatDate(entry.revokedOn) }),
                  entry.inForce ? (
                    <Button
                      key="withdraw"
                      size="xs"
                      variant="default"
                      c="red.9"
                      aria-label={`${t('person.withdraw')}: ${t(`consentPurpose.${entry.purpose}`)}`}
                      onClick={() => revoke.mutate({ itemId: entry.id, revokedOn: today() })}
                    >
                      {t('person.withdraw')}
                    </Button>
                  ) : null,
                ],
              }))}
            />
          )}
          <EntryForm
            title={t('person.give')}
            initial={{ givenOn: today() }}
            fields={[
              {
                name: 'purpose',
                label: t('person.consentPurpose'),
                kind: 'select',
                required: true,
                options: options(consentPurposes, 'consentPurpose'),
              },
              { name: 'givenOn', label: t('person.consentDate'), kind: 'date', required: true },
              { name: 'expiresOn', label: t('person.expiresOn'), kind: 'date' },
            ]}
            submitLabel={t('app.add')}
            onSubmit={(values) =>
              add.mutateAsync({
                kind: 'consent',
                data: {
                  purpose: values.purpose as never,
                  givenOn: text(values, 'givenOn') ?? '',
                  expiresOn: text(values, 'expiresOn'),
                },
              })
            }
          />
        </>
      );
  }
}
