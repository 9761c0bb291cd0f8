import {
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
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import {
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
import { SectionsEditor } from './SectionsEditor.js';

export interface DefinitionProblem {
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
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const update = useUpdateReportTemplate(programId, template.ref);
  const remove = useDeleteReportTemplate(programId, template.ref);
  const problems = problemsOf(update.error);
  const stale = update.error instanceof ApiError && update.error.code === 'REPORT_TEMPLATE_CHANGED';
  const monthName = (month: number) =>
    new Intl.DateTimeFormat(localeTag(), { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2026, month - 1, 15)),
    );

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

        <SectionsEditor
          sections={draft.sections}
          indicators={indicators}
          problems={problems}
          onChange={(sections) => setDraft({ ...draft, sections })}
        />

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
