import { Button, Group, NativeSelect, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { languageLevels } from '../../../modules/front-door/domain/vocabulary.js';
import { type FrontDoorLanguage, intlLocale } from './form-i18n.js';
import { type DraftPart, Section, touch } from './form-section.js';
import { OccupationPicker } from './OccupationPicker.js';
import { spokenLanguageCodes } from './request-draft.js';

/** The languages the person speaks, each with a level, and the occupation they had. */
export function LanguagesSection({
  slug,
  language,
  draft,
  set,
  error,
}: DraftPart & { slug: string; language: FrontDoorLanguage }) {
  const { t } = useTranslation();
  const k = (key: string) => t(`frontDoorForm.${key}`);
  const languageName = useMemo(() => {
    try {
      const names = new Intl.DisplayNames([intlLocale[language]], { type: 'language' });
      return (code: string) => names.of(code) ?? code;
    } catch {
      return (code: string) => code;
    }
  }, [language]);
  return (
    <Section legend={k('languages.legend')}>
      {draft.languages.map((spoken, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own but their place
        <Group key={index} gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={`${k('languages.code')} ${index + 1}`}
            value={spoken.code}
            onChange={(e) => {
              const code = e.currentTarget.value;
              set(
                'languages',
                draft.languages.map((l, i) => (i === index ? { ...l, code } : l)),
              );
            }}
            data={spokenLanguageCodes.map((code) => ({ value: code, label: languageName(code) }))}
            styles={touch}
            style={{ flex: '1 1 10rem' }}
          />
          <NativeSelect
            label={`${k('languages.level')} ${index + 1}`}
            value={spoken.level}
            onChange={(e) => {
              const level = e.currentTarget.value;
              set(
                'languages',
                draft.languages.map((l, i) => (i === index ? { ...l, level } : l)),
              );
            }}
            data={languageLevels.map((level) => ({ value: level, label: k(`languages.${level}`) }))}
            styles={touch}
            style={{ flex: '1 1 10rem' }}
          />
          <Button
            variant="subtle"
            color="red"
            size="md"
            onClick={() =>
              set(
                'languages',
                draft.languages.filter((_, i) => i !== index),
              )
            }
          >
            {k('languages.remove')}
          </Button>
        </Group>
      ))}
      {error('languages') ? (
        <Text c="red" size="sm">
          {error('languages')}
        </Text>
      ) : null}
      <div>
        <Button
          variant="light"
          size="md"
          disabled={draft.languages.length >= 10}
          onClick={() =>
            set('languages', [
              ...draft.languages,
              {
                code: spokenLanguageCodes.find((c) => !draft.languages.some((l) => l.code === c)) ?? 'fr',
                level: 'fluent',
              },
            ])
          }
        >
          {k('languages.add')}
        </Button>
      </div>
      <OccupationPicker
        slug={slug}
        language={language}
        text={draft.occupation}
        code={draft.occupationCode}
        onChange={(text, code) => {
          set('occupation', text);
          set('occupationCode', code);
        }}
        error={error('occupation') ?? error('occupationCode')}
      />
    </Section>
  );
}
