import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconCopy, IconDownload, IconPencil } from '@tabler/icons-react';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import {
  mayConfigureReports,
  type ProgramReport,
  type ReportPeriod,
  reportFileHref,
  useCopyReportTemplate,
  useProgramReport,
} from '../../api/reports.js';
import { useSession } from '../../api/session.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate } from '../../format.js';
import { currentLanguage } from '../../i18n/index.js';
import { notify } from '../../notify.js';
import { DataQualityPanel } from './DataQualityPanel.js';
import { ReportFileQueue } from './ReportFileQueue.js';
import { ReportPeopleDrawer } from './ReportPeopleDrawer.js';
import { ReportPeriodPicker } from './ReportPeriodPicker.js';
import { type OpenedFigure, ReportSectionCard } from './ReportSectionCard.js';
import { ReportSubscriptions } from './ReportSubscriptions.js';
import { inUiLanguage, reportCurrency } from './report-format.js';
import { TemplateEditor } from './TemplateEditor.js';

const route = getRouteApi('/app/programs/$programId/reports/$template');

/**
 * A program's report over a period: its sections as cards (total, table and chart by category), the
 * data-quality findings, the files to download; for staff who may see files, each figure opens the
 * people behind it; for the roles that configure programs, a copy of the template to change.
 */
export function ReportPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const { programId, template } = route.useParams();
  const search = route.useSearch();
  const period: ReportPeriod = { from: search.from, to: search.to };
  const report = useProgramReport(programId, template, period);
  const data = report.data;
  const [opened, setOpened] = useState<OpenedFigure | null>(null);
  const copy = useCopyReportTemplate(programId);
  const configures = mayConfigureReports(session.role);
  const editing = Boolean(search.edit) && Boolean(data?.template.editable);
  // The period shown, in the query of every drill-down and file: the one the report was computed over.
  const shown: ReportPeriod = data ? data.period : period;
  const drill = data?.drillDown ? setOpened : undefined;

  const goToPeriod = (next: { from: string; to: string }) =>
    void navigate({
      to: '/programs/$programId/reports/$template',
      params: { programId, template },
      search: { ...search, from: next.from, to: next.to },
    });

  const copyTemplate = async () => {
    try {
      const saved = await copy.mutateAsync({ from: template });
      notify({ color: 'green', message: t('reports.copied') });
      await navigate({
        to: '/programs/$programId/reports/$template',
        params: { programId, template: saved.ref },
        search: { from: search.from, to: search.to, edit: true },
      });
    } catch {
      // Shown under the buttons.
    }
  };

  const name = data ? inUiLanguage(data.template.definition.name) : t('reports.title');
  const lang = currentLanguage().startsWith('en') ? 'en' : 'fr';
  return (
    <>
      <PageTitle
        title={name}
        intro={data ? `${inUiLanguage({ fr: data.program.nameFr, en: data.program.nameEn })}` : undefined}
      />
      <Group gap="md" mb="md" wrap="wrap">
        <Anchor renderRoot={(props) => <Link to="/programs/$programId" params={{ programId }} {...props} />}>
          {t('reports.backToProgram')}
        </Anchor>
        <Anchor
          renderRoot={(props) => <Link to="/programs/$programId/reports" params={{ programId }} {...props} />}
        >
          {t('reports.backToReports')}
        </Anchor>
      </Group>
      <QueryState isPending={report.isPending} error={report.error} onRetry={() => report.refetch()}>
        {data ? (
          <Stack gap="lg">
            <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
              <ReportPeriodPicker report={data} onPeriod={goToPeriod} />
              <Group gap="xs" wrap="wrap">
                <Text size="sm" c="dimmed">
                  {t('reports.downloads')}
                </Text>
                {(['xlsx', 'csv'] as const).map((format) => (
                  <Button
                    key={format}
                    component="a"
                    href={reportFileHref(programId, template, shown, format, lang)}
                    download
                    size="compact-sm"
                    variant="default"
                    leftSection={<IconDownload size={14} aria-hidden />}
                    aria-label={t('reports.downloadAs', { format: t(`exports.${format}`) })}
                  >
                    {t(`exports.${format}`)}
                  </Button>
                ))}
              </Group>
            </Group>
            <ReportFileQueue
              programId={programId}
              template={template}
              period={shown}
              lang={lang}
              fileId={search.file}
              onFile={(file) =>
                void navigate({
                  to: '/programs/$programId/reports/$template',
                  params: { programId, template },
                  search: { ...search, file },
                  replace: true,
                })
              }
            />
            <Text size="sm">
              {t('reports.period.shown', {
                from: formatDate(data.period.from),
                to: formatDate(data.period.to),
                asOf: formatDate(data.asOf),
              })}
              {' · '}
              {data.audience === 'funder'
                ? t('reports.audience.funder')
                : data.drillDown
                  ? t('reports.audience.staff')
                  : t('reports.audience.staffNoDrillDown')}
              {data.fund
                ? ` · ${t('reports.fund', { name: data.fund.name, currency: data.fund.currency })}`
                : ''}
            </Text>
            {configures || data.template.editable ? (
              <Group gap="xs" wrap="wrap">
                {configures ? (
                  <Button
                    variant="light"
                    color="blue.8"
                    leftSection={<IconCopy size={16} aria-hidden />}
                    onClick={() => void copyTemplate()}
                    loading={copy.isPending}
                  >
                    {t('reports.copy')}
                  </Button>
                ) : null}
                {data.template.editable && !editing ? (
                  <Button
                    variant="light"
                    color="blue.8"
                    leftSection={<IconPencil size={16} aria-hidden />}
                    onClick={() =>
                      void navigate({
                        to: '/programs/$programId/reports/$template',
                        params: { programId, template },
                        search: { ...search, edit: true },
                      })
                    }
                  >
                    {t('reports.edit')}
                  </Button>
                ) : null}
              </Group>
            ) : null}
            {copy.error ? (
              <Alert color="red" role="alert">
                {errorMessage(copy.error)}
              </Alert>
            ) : null}
            {editing ? (
              <TemplateEditor
                key={`${data.template.ref}-${data.template.version}`}
                programId={programId}
                template={data.template}
                indicators={data.indicators}
                onReload={() => void report.refetch()}
                onDone={() =>
                  void navigate({
                    to: '/programs/$programId/reports/$template',
                    params: { programId, template },
                    search: { from: search.from, to: search.to },
                  })
                }
                onDeleted={() => void navigate({ to: '/programs/$programId/reports', params: { programId } })}
              />
            ) : null}
            <ReportSections report={data} onOpen={drill} />
            <DataQualityPanel findings={data.dataQuality} onOpen={drill} />
            {configures ? (
              <ReportSubscriptions programId={programId} template={template} lang={lang} />
            ) : null}
          </Stack>
        ) : null}
      </QueryState>
      {data?.drillDown ? (
        <ReportPeopleDrawer
          programId={programId}
          template={template}
          period={shown}
          opened={opened}
          onClose={() => setOpened(null)}
        />
      ) : null}
    </>
  );
}

function ReportSections({
  report,
  onOpen,
}: {
  report: ProgramReport;
  onOpen: ((opened: OpenedFigure) => void) | undefined;
}) {
  const { t } = useTranslation();
  const byCode = new Map(report.indicators.map((indicator) => [indicator.code, indicator]));
  const currency = reportCurrency(report);
  return (
    <section aria-labelledby="report-sections-title">
      <Title order={2} size="h4" id="report-sections-title" mb="sm">
        {t('reports.sections')}
      </Title>
      <Stack gap="md">
        {report.sections.map((section, index) => (
          <ReportSectionCard
            // Sections may repeat an indicator with another breakdown; their place is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: a section is its position in the template.
            key={`${index}-${section.indicator}-${section.breakdown ?? ''}`}
            report={report}
            index={index}
            section={section}
            indicator={byCode.get(section.indicator)}
            currency={currency}
            onOpen={onOpen}
          />
        ))}
      </Stack>
    </section>
  );
}
