import { Badge, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchOccupationsRoute } from '../../contracts/reference.js';
import { call } from '../api/client.js';
import { currentLanguage, i18n } from '../i18n/index.js';
import { lateOrange } from '../status-colors.js';
import { type PickerOption, SearchPicker } from './SearchPicker.js';

/** Languages the ESCO labels can be searched in (mirrors the contract's `lang` enum). */
export const occupationSearchLanguages = ['fr', 'en', 'es', 'ar', 'uk'] as const;
type SearchLanguage = (typeof occupationSearchLanguages)[number];

/** What the experience form keeps: the words shown, and the ESCO occupation when one was picked. */
export interface OccupationChoice {
  text: string;
  escoId: string | null;
  regulatedEu: boolean;
}

const isSearchLanguage = (code: string): code is SearchLanguage =>
  (occupationSearchLanguages as readonly string[]).includes(code);

/**
 * Search-as-you-type in the ESCO classification. The counselor searches in the interface language
 * and, when the person speaks Spanish, Arabic or Ukrainian, may search in that language instead.
 * When nothing matches, the typed words are kept as a free-text occupation (no ESCO code).
 */
export function OccupationPicker({
  value,
  onChange,
  error,
  personLanguages,
  label,
}: {
  value: OccupationChoice | undefined;
  onChange: (value: OccupationChoice) => void;
  error?: string;
  personLanguages: readonly string[];
  /** The field's name when it is not the person's occupation (a plan's target occupation). */
  label?: string;
}) {
  const { t } = useTranslation();
  const ui = currentLanguage();
  const uiSearch: SearchLanguage = isSearchLanguage(ui) ? ui : 'fr';
  const choices = [
    ...new Set<SearchLanguage>([
      uiSearch,
      ...(['fr', 'en'] as const),
      ...personLanguages.filter(isSearchLanguage),
    ]),
  ];
  const [lang, setLang] = useState<SearchLanguage>(uiSearch);
  const languageName = (code: string) => {
    try {
      return new Intl.DisplayNames([ui], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  const regulated = t('reference.regulatedEu');
  const regulatedIds = useRef(new Set<string>());
  const search = async (text: string, signal: AbortSignal): Promise<PickerOption[]> => {
    const result = await call(searchOccupationsRoute, { query: { q: text, lang, limit: 15 }, signal });
    for (const item of result.items) if (item.regulatedEu) regulatedIds.current.add(item.escoId);
    return result.items.map((item) => ({
      value: item.escoId,
      label: item.label,
      hint: [
        item.matchedLabel !== item.label ? item.matchedLabel : null,
        `ISCO ${item.isco08Code}`,
        item.regulatedEu ? regulated : null,
      ]
        .filter(Boolean)
        .join(' · '),
    }));
  };
  const chosen: PickerOption | null = value?.escoId ? { value: value.escoId, label: value.text } : null;
  const original = i18n.t('reference.escoAttribution', { lng: 'en' });
  const translated = t('reference.escoAttribution');

  return (
    <Stack gap={4}>
      <Group align="end" gap="xs" wrap="nowrap">
        <div style={{ flex: 1 }}>
          <SearchPicker
            label={label ?? t('person.occupation')}
            description={t('person.occupationHint')}
            queryKey={`esco-${lang}`}
            search={search}
            value={chosen}
            text={value?.text ?? ''}
            error={error}
            onTextChange={(text) => onChange({ text, escoId: null, regulatedEu: false })}
            onChange={(option) => {
              if (!option) return;
              onChange({
                text: option.label,
                escoId: option.value,
                regulatedEu: regulatedIds.current.has(option.value),
              });
            }}
          />
        </div>
        {choices.length > 1 ? (
          <NativeSelect
            label={t('reference.searchIn')}
            value={lang}
            onChange={(event) => setLang(event.currentTarget.value as SearchLanguage)}
            data={choices.map((code) => ({ value: code, label: languageName(code) }))}
            w={140}
          />
        ) : null}
      </Group>
      {value?.escoId ? (
        <Group gap="xs">
          <Text size="xs">{t('reference.escoPicked')}</Text>
          {value.regulatedEu ? (
            <Badge color={lateOrange} variant="outline">
              {regulated}
            </Badge>
          ) : null}
        </Group>
      ) : value?.text && value.text.trim().length >= 2 ? (
        <Text size="xs">{t('reference.freeText')}</Text>
      ) : null}
      <Text size="xs">
        {translated}
        {translated !== original ? (
          <>
            {' '}
            (<span lang="en">{original}</span>)
          </>
        ) : null}
      </Text>
    </Stack>
  );
}
