import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useProgram } from '../../api/programs.js';
import { type ReportTemplate, useReportTemplates } from '../../api/reports.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { inUiLanguage } from './report-format.js';

const route = getRouteApi('/app/programs/$programId/reports');

/** A program's report templates: the standard ones and the copies its organizations saved, each opening its report. */
export function ReportsPage() {
  const { t } = useTranslation();
  const { programId } = route.useParams();
  const program = useProgram(programId);
  const templates = useReportTemplates(programId);
  const items = templates.data?.items ?? [];
  const programName = program.data?.name;
  return (
    <>
      <PageTitle
        title={programName ? t('reports.titleOf', { program: programName }) : t('reports.title')}
        intro={t('reports.intro')}
      />
      <Anchor
        mb="md"
        display="inline-block"
        renderRoot={(props) => <Link to="/programs/$programId" params={{ programId }} {...props} />}
      >
        {t('reports.backToProgram')}
      </Anchor>
      <QueryState isPending={templates.isPending} error={templates.error} onRetry={() => templates.refetch()}>
        <section aria-labelledby="report-templates-title">
          <Title order={2} size="h4" id="report-templates-title" mb="sm">
            {t('reports.templates')}
          </Title>
          {items.length === 0 ? (
            <Text>{t('reports.noTemplates')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {items.map((template) => (
                <TemplateCard key={template.ref} programId={programId} template={template} />
              ))}
            </SimpleGrid>
          )}
        </section>
      </QueryState>
    </>
  );
}

function TemplateCard({ programId, template }: { programId: string; template: ReportTemplate }) {
  const { t } = useTranslation();
  const name = inUiLanguage(template.definition.name);
  const audience = inUiLanguage(template.definition.audience);
  const id = `template-${template.ref}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={id}>
      <Stack gap={6}>
        <Title order={3} size="h5" id={id}>
          <Anchor
            renderRoot={(props) => (
              <Link
                to="/programs/$programId/reports/$template"
                params={{ programId, template: template.ref }}
                search={{}}
                {...props}
              />
            )}
          >
            {name}
          </Anchor>
        </Title>
        <Group gap={6}>
          <Badge variant="light" color={template.source === 'standard' ? 'gray.8' : 'blue.8'}>
            {template.source === 'standard'
              ? t('reports.standard')
              : t('reports.saved', { version: template.version })}
          </Badge>
          <Badge variant="outline" color="gray.8">
            {t(`reports.periodKind.${template.definition.period.kind}`)}
          </Badge>
        </Group>
        {audience ? <Text size="sm">{t('reports.forAudience', { audience })}</Text> : null}
        <Text size="sm" c="dimmed">
          {t('reports.sectionsCount', { count: template.definition.sections.length })}
        </Text>
      </Stack>
    </Paper>
  );
}
