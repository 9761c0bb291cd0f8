import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import {
  type BreakdownKey,
  type PeriodKind,
  periodKinds,
  type ReportDefinition,
  type ReportIndicator,
  type ReportTemplate,
  useDeleteReportTemplate,
  useUpdateReportTemplate,
} from '../../api/reports.js';
import { localeTag } from '../../format.js';
import { notify } from '../../notify.js';
import { inUiLanguage } from './report-format.js';

interface DefinitionProblem {
  section: number;
  code: string;
}

/** The problems of a REPORT_DEFINITION_INVALID answer, section by section. */
function problemsOf(error: unknown): DefinitionProblem[] {
  if (!(error instanceof ApiError) || error.code !== 'REPORT_DEFINITION_INVALID') return [];
  const problems = (error.details as { problems?: unknown } | undefined)?.problems;
  return Array.isArray(problems)
    ? problems.filter(
        (p): p is DefinitionProblem =>
          typeof p === 'object' && p !== null && typeof (p as DefinitionProblem).section === 'number',
      )
    : [];
}

const months = Array.from({ length: 12 }, (_, index) => index + 1);

/**
 * The editor of the organization's copy of a template: its names, who it is for, its period and
 * language, and its sections (an indicator of the catalogue, one of the breakdowns it accepts), saved
 * as a new version. Someone else's save in between is said, with a reload; sections the server
 * refuses are marked where they are.
 */
export function TemplateEditor({
  programId,
  template,
  indicators,
  onReload,
  onDone,
  onDeleted,
}: {
  programId: string;
  template: ReportTemplate;
  indicators: readonly ReportIndicator[];
  onReload: () => void;
  onDone: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ReportDefinition>(() => structuredClone(template.definition));
  // Each section's key in the list, kept through moves and removals (sections may repeat an indicator).
  const nextKey = useRef(template.definition.sections.length);
  const [keys, setKeys] = useState<number[]>(() => template.definition.sections.map((_, index) => index));
  const [adding, setAdding] = useState<string | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const update = useUpdateReportTemplate(programId, template.ref);
  const remove = useDeleteReportTemplate(programId, template.ref);
  const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  const problems = problemsOf(update.error);
  const stale = update.error instanceof ApiError && update.error.code === 'REPORT_TEMPLATE_CHANGED';
  const monthName = (month: number) =>
    new Intl.DateTimeFormat(localeTag(), { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2026, month - 1, 15)),
    );

  const setSections = (sections: ReportDefinition['sections']) => setDraft({ ...draft, sections });
  const move = (from: number, to: number) => {
    const sections = [...draft.sections];
    const [moved] = sections.splice(from, 1);
    if (moved) sections.splice(to, 0, moved);
    const order = [...keys];
    const [movedKey] = order.splice(from, 1);
    if (movedKey !== undefined) order.splice(to, 0, movedKey);
    setSections(sections);
    setKeys(order);
  };
  const removeAt = (index: number) => {
    setSections(draft.sections.filter((_, i) => i !== index));
    setKeys(keys.filter((_, i) => i !== index));
  };
  const add = (indicator: string) => {
    setSections([...draft.sections, { indicator, breakdown: null }]);
    setKeys([...keys, nextKey.current++]);
  };

  const save = async () => {
    try {
      const saved = await update.mutateAsync({ version: template.version ?? 1, definition: draft });
      notify({ color: 'green', message: t('reports.editor.saved', { version: saved.version }) });
      onDone();
    } catch {
      // Shown in the editor.
    }
  };
  const deleteCopy = async () => {
    try {
      await remove.mutateAsync();
      notify({ color: 'green', message: t('reports.editor.deleted') });
      onDeleted();
    } catch {
      // Shown in the editor.
    }
  };

  const indicatorOptions = indicators.map((indicator) => ({
    value: indicator.code,
    label: inUiLanguage(indicator.name),
  }));

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="template-editor-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="template-editor-title">
          {t('reports.editor.title')}
        </Title>
        {update.error && !stale ? (
          <Alert color="red" role="alert">
            {errorMessage(update.error)}
          </Alert>
        ) : null}
        {stale ? (
          <Alert color="orange" role="alert">
            <Stack gap="xs" align="flex-start">
              <span>{errorMessage(update.error)}</span>
              <Button size="xs" variant="default" onClick={onReload}>
                {t('reports.editor.reload')}
              </Button>
            </Stack>
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('reports.editor.nameFr')}
            lang="fr"
            required
            value={draft.name.fr}
            onChange={(event) =>
              setDraft({ ...draft, name: { ...draft.name, fr: event.currentTarget.value } })
            }
          />
          <TextInput
            label={t('reports.editor.nameEn')}
            lang="en"
            required
            value={draft.name.en}
            onChange={(event) =>
              setDraft({ ...draft, name: { ...draft.name, en: event.currentTarget.value } })
            }
          />
          <TextInput
            label={t('reports.editor.audienceFr')}
            lang="fr"
            value={draft.audience.fr}
            onChange={(event) =>
              setDraft({ ...draft, audience: { ...draft.audience, fr: event.currentTarget.value } })
            }
          />
          <TextInput
            label={t('reports.editor.audienceEn')}
            lang="en"
            value={draft.audience.en}
            onChange={(event) =>
              setDraft({ ...draft, audience: { ...draft.audience, en: event.currentTarget.value } })
            }
          />
          <Select
            label={t('reports.editor.periodKind')}
            data={periodKinds.map((kind) => ({ value: kind, label: t(`reports.periodKind.${kind}`) }))}
            value={draft.period.kind}
            allowDeselect={false}
            onChange={(value) =>
              value && setDraft({ ...draft, period: { ...draft.period, kind: value as PeriodKind } })
            }
          />
          {draft.period.kind === 'program_year' ? (
            <Select
              label={t('reports.editor.startMonth')}
              data={months.map((month) => ({ value: String(month), label: monthName(month) }))}
              value={String(draft.period.startMonth)}
              allowDeselect={false}
              onChange={(value) =>
                value && setDraft({ ...draft, period: { ...draft.period, startMonth: Number(value) } })
              }
            />
          ) : null}
          <Select
            label={t('reports.editor.language')}
            data={[
              { value: 'fr', label: t('reports.editor.languageFr') },
              { value: 'en', label: t('reports.editor.languageEn') },
            ]}
            value={draft.language}
            allowDeselect={false}
            onChange={(value) => value && setDraft({ ...draft, language: value as 'fr' | 'en' })}
          />
        </SimpleGrid>

        <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <legend style={{ padding: 0, fontWeight: 600, marginBottom: 8 }}>
            {t('reports.editor.sections')}
          </legend>
          <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {draft.sections.map((section, index) => {
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
                          setSections(
                            draft.sections.map((s, i) =>
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
                          disabled={index === draft.sections.length - 1}
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
          {draft.sections.length === 0 ? (
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
              disabled={adding === null || draft.sections.length >= 40}
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

        <Group gap="xs" wrap="wrap">
          <Button
            onClick={() => void save()}
            loading={update.isPending}
            disabled={draft.sections.length === 0}
          >
            {t('reports.editor.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('reports.editor.cancel')}
          </Button>
          {confirmingDelete ? (
            <Group gap="xs" wrap="wrap">
              <Text size="sm">{t('reports.editor.deleteConfirm')}</Text>
              <Button color="red" onClick={() => void deleteCopy()} loading={remove.isPending}>
                {t('reports.editor.delete')}
              </Button>
              <Button variant="default" onClick={() => setConfirmingDelete(false)}>
                {t('reports.editor.cancel')}
              </Button>
            </Group>
          ) : (
            <Button variant="subtle" color="red.8" onClick={() => setConfirmingDelete(true)}>
              {t('reports.editor.delete')}
            </Button>
          )}
        </Group>
        {remove.error ? (
          <Alert color="red" role="alert">
            {errorMessage(remove.error)}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
