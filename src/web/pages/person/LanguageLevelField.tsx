import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguageScales } from '../../api/reference.js';

export const levelScales = ['cefr', 'clb', 'nclc'] as const;
export type LevelScale = (typeof levelScales)[number];

/** A level on one scale: the CEFR levels A1–C2, or CLB/NCLC 1–12 (same benchmarks, English or French). */
export interface LevelChoice {
  scale: LevelScale;
  level: string;
}

/** The scale and the level on it; the levels offered are those the reference data holds for the scale. */
export function LanguageLevelField({
  value,
  onChange,
  error,
}: {
  value: LevelChoice | undefined;
  onChange: (value: LevelChoice) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const scales = useLanguageScales();
  const scale = value?.scale ?? 'cefr';
  const levels =
    scale === 'cefr'
      ? (scales.data?.cefr ?? []).map((entry) => ({
          value: entry.level,
          label: `${entry.level} — ${t(`cefrBand.${entry.band}`, { defaultValue: entry.band })} (${t(
            `cefrLevelName.${entry.level}`,
            { defaultValue: entry.name },
          )})`,
        }))
      : (scales.data?.clb ?? []).map((entry) => ({
          value: String(entry.level),
          label: `${entry.level} — ${t(`clbStage.${entry.stage}`, { defaultValue: entry.stageName })}`,
        }));
  return (
    <Group grow align="start">
      <NativeSelect
        label={t('person.scale')}
        value={scale}
        onChange={(event) => onChange({ scale: event.currentTarget.value as LevelScale, level: '' })}
        data={levelScales.map((code) => ({ value: code, label: t(`languageScale.${code}`) }))}
      />
      <NativeSelect
        label={t('person.level')}
        value={value?.level ?? ''}
        error={error}
        disabled={scales.isPending}
        onChange={(event) => onChange({ scale, level: event.currentTarget.value })}
        data={[
          { value: '', label: scales.isPending ? t('person.levelLoading') : t('app.unknown') },
          ...levels,
        ]}
      />
    </Group>
  );
}
