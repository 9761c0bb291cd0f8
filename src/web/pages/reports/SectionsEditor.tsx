import { ActionIcon, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakdownKey, ReportDefinition, ReportIndicator } from '../../api/reports.js';
import { inUiLanguage } from './report-format.js';
import type { DefinitionProblem } from './TemplateEditor.js';

type Sections = ReportDefinition['sections'];

/**
 * A template's sections: each an indicator of the catalogue with one of the breakdowns it accepts,
 * moved up or down, removed, or added from the catalogue searched by name; the server's problems
 * with a section shown under it.
 */
export function SectionsEditor({
  sections,
  indicators,
  problems,
  onChange,
}: {
  sections: Sections;
  indicators: readonly ReportIndicator[];
  problems: readonly DefinitionProblem[];
  onChange: (sections: Sections) => void;
}) {
  const { t } = useTranslation();
  // Each section's key in the list, kept through moves and removals (sections may repeat an indicator).
  const nextKey = useRef(sections.length);
  const [keys, setKeys] = useState<number[]>(() => sections.map((_, index) => index));
  const [adding, setAdding] = useState<string | null>(null);
  const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  const move = (from: number, to: number) => {
    const next = [...sections];
    const [moved] = next.splice(from, 1);
    if (moved) next.splice(to, 0, moved);
    const order = [...keys];
    const [movedKey] = order.splice(from, 1);
    if (movedKey !== undefined) order.splice(to, 0, movedKey);
    onChange(next);
    setKeys(order);
  };
  const removeAt = (index: number) => {
    onChange(sections.filter((_, i) => i !== index));
    setKeys(keys.filter((_, i) => i !== index));
  };
  const add = (indicator: string) => {
    onChange([...sections, { indicator, breakdown: null }]);
    setKeys([...keys, nextKey.current++]);
  };
  const indicatorOptions = indicators.map((indicator) => ({
    value: indicator.code,
    label: inUiLanguage(indicator.name),
  }));
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <legend style={{ padding: 0, fontWeight: 600, marginBottom: 8 }}>{t('reports.editor.sections')}</legend>
      <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {sections.map((section, index) => {
          const indicator = byCode.get(section.indicator);
          const number = index + 1;
          const sectionProblems = problems.filter((problem) => problem.section === index);
          return (
            <li key={keys[index]}>
              <Paper withBorder p="xs" bg={sectionProblems.length > 0 ? 'red.0' : undefined}>
                <Group gap="xs" align="flex-end" wrap="wrap">
                  <Stack gap={2} style={{ flex: '1 1 200px', minWidth: 0 }}>
                    <Text size="xs" c="dimmed">
                      {t('reports.editor.section', { number })}
                    </Text>
                    <Text fw={600}>{indicator ? inUiLanguage(indicator.name) : section.indicator}</Text>
                  </Stack>
                  <Select
                    label={t('reports.editor.breakdown')}
                    aria-label={`${t('reports.editor.breakdown')} — ${t('reports.editor.section', { number })}`}
                    style={{ flex: '1 1 200px' }}
                    data={[
                      { value: '', label: t('reports.noBreakdown') },
                      ...(indicator?.breakdowns ?? []).map((key) => ({
                        value: key,
                        label: t(`reports.breakdown.${key}`),
                      })),
                    ]}
                    value={section.breakdown ?? ''}
                    allowDeselect={false}
                    onChange={(value) =>
                      onChange(
                        sections.map((s, i) =>
                          i === index ? { ...s, breakdown: value ? (value as BreakdownKey) : null } : s,
                        ),
                      )
                    }
                  />
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      variant="default"
                      size="lg"
                      aria-label={t('reports.editor.moveUp', { number })}
                      disabled={index === 0}
                      onClick={() => move(index, index - 1)}
                    >
                      <IconArrowUp size={18} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      variant="default"
                      size="lg"
                      aria-label={t('reports.editor.moveDown', { number })}
                      disabled={index === sections.length - 1}
                      onClick={() => move(index, index + 1)}
                    >
                      <IconArrowDown size={18} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      variant="default"
                      size="lg"
                      aria-label={t('reports.editor.remove', { number })}
                      onClick={() => removeAt(index)}
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </Group>
                </Group>
                {sectionProblems.map((problem) => (
                  <Text key={problem.code} size="sm" c="red.8" mt={4} role="alert">
                    {t(`reports.editor.problem.${problem.code}`, { defaultValue: problem.code })}
                  </Text>
                ))}
              </Paper>
            </li>
          );
        })}
      </Stack>
      {sections.length === 0 ? (
        <Text size="sm" c="red.8" mt="xs">
          {t('reports.editor.noSections')}
        </Text>
      ) : null}
      <Group align="flex-end" gap="xs" mt="sm" wrap="wrap">
        <Select
          label={t('reports.editor.addIndicator')}
          placeholder={t('reports.editor.addIndicatorPlaceholder')}
          data={indicatorOptions}
          searchable
          value={adding}
          onChange={setAdding}
          style={{ flex: '1 1 260px' }}
          comboboxProps={{ withinPortal: true }}
        />
        <Button
          variant="light"
          color="blue.8"
          disabled={adding === null || sections.length >= 40}
          onClick={() => {
            if (!adding) return;
            add(adding);
            setAdding(null);
          }}
        >
          {t('reports.editor.add')}
        </Button>
      </Group>
    </fieldset>
  );
}
