import { Badge, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../contracts/define.js';
import { searchOccupationTitlesRoute } from '../../contracts/reference.js';
import {
  type OccupationRef,
  type OccupationScheme,
  occupationSchemes,
  titleLanguageOf,
} from '../../modules/reference/domain/occupation-titles.js';
import { call } from '../api/client.js';
import { currentLanguage } from '../i18n/index.js';
import { type PickerOption, SearchPicker } from './SearchPicker.js';

type Hit = Output<typeof searchOccupationTitlesRoute>['items'][number];

/** What the picker answers: the occupation of any classification, its title, and the ESCO occupation it maps to. */
export interface ClassifiedOccupation extends OccupationRef {
  title: string;
  /** The ESCO occupation itself, or the strongest one a national code maps to (null when none). */
  escoId: string | null;
}

const keyOf = (ref: OccupationRef) => `${ref.scheme}:${ref.code}`;

/**
 * Search-as-you-type across ESCO, ROME, O*NET-SOC and NOC 2021, in every language they have titles
 * in: the person's former occupation as they name it, in their language. Each option shows its
 * classification; a classification may be chosen to search in it alone.
 */
export function ClassificationOccupationPicker({
  value,
  onChange,
  label,
}: {
  value: ClassifiedOccupation | null;
  onChange: (value: ClassifiedOccupation | null) => void;
  label?: string;
}) {
  const { t } = useTranslation();
  const [scheme, setScheme] = useState<OccupationScheme | ''>('');
  const hits = useRef(new Map<string, Hit>());
  const locale = titleLanguageOf(currentLanguage());
  const search = async (text: string, signal: AbortSignal): Promise<PickerOption[]> => {
    const result = await call(searchOccupationTitlesRoute, {
      query: { q: text, locale, limit: 15, ...(scheme ? { scheme } : {}) },
      signal,
    });
    for (const item of result.items) hits.current.set(keyOf(item), item);
    return result.items.map((item) => ({
      value: keyOf(item),
      badge: t(`occupations.scheme.${item.scheme}`),
      label: item.matchedLabel,
      hint: [
        item.code,
        item.title && item.title !== item.matchedLabel ? item.title : null,
        item.regulated ? t('occupations.regulatedYes') : null,
      ]
        .filter(Boolean)
        .join(' · '),
    }));
  };
  const chosen: PickerOption | null = value ? { value: keyOf(value), label: value.title } : null;
  return (
    <Stack gap={4}>
      <Group align="end" gap="xs" wrap="nowrap">
        <div style={{ flex: 1 }}>
          <SearchPicker
            label={label ?? t('occupations.searchAcross')}
            description={t('occupations.searchAcrossHint')}
            queryKey={`occupation-titles-${scheme}-${locale}`}
            search={search}
            value={chosen}
            onChange={(option) => {
              const hit = option ? hits.current.get(option.value) : undefined;
              if (!hit) return onChange(null);
              onChange({
                scheme: hit.scheme,
                code: hit.code,
                title: hit.title ?? hit.matchedLabel,
                escoId: hit.scheme === 'esco' ? hit.code : (hit.esco[0]?.escoId ?? null),
              });
            }}
          />
        </div>
        <NativeSelect
          label={t('occupations.classification')}
          value={scheme}
          onChange={(event) => setScheme(event.currentTarget.value as OccupationScheme | '')}
          data={[
            { value: '', label: t('occupations.allClassifications') },
            ...occupationSchemes.map((s) => ({ value: s, label: t(`occupations.schemeName.${s}`) })),
          ]}
          w={190}
        />
      </Group>
      {value ? (
        <Group gap="xs">
          <Badge size="sm" variant="light">
            {t(`occupations.scheme.${value.scheme}`)}
          </Badge>
          <Text size="xs">
            {t('occupations.picked', { scheme: t(`occupations.scheme.${value.scheme}`), code: value.code })}
          </Text>
        </Group>
      ) : null}
    </Stack>
  );
}
