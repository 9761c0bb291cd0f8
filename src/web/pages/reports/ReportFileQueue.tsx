import { Alert, Anchor, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import {
  type ReportFileFormat,
  type ReportPeriod,
  reportFileContentHref,
  useQueueReportFile,
  useReportFile,
} from '../../api/reports.js';

const knownFailures = ['REPORT_FILE_NOT_FOUND', 'REPORT_FILE_TOO_LARGE', 'REPORT_FILE_FAILED'];

/**
 * Files produced in the background: "Prepare a PDF" (or a workbook) queues one, then its progress is
 * read again until it is done (a download link) or failed (why). A file named in the URL (`?file=`,
 * the link of a scheduled delivery's e-mail) is shown the same way.
 */
export function ReportFileQueue({
  programId,
  template,
  period,
  lang,
  fileId,
  onFile,
}: {
  programId: string;
  template: string;
  period: ReportPeriod;
  lang: 'fr' | 'en';
  fileId: string | undefined;
  onFile: (id: string) => void;
}) {
  const { t } = useTranslation();
  const queue = useQueueReportFile(programId, template);
  const prepare = async (format: ReportFileFormat) => {
    try {
      const file = await queue.mutateAsync({ period, format, lang });
      onFile(file.id);
    } catch {
      // Shown below.
    }
  };
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        {(['pdf', 'xlsx'] as const).map((format) => (
          <Button
            key={format}
            size="compact-sm"
            variant="light"
            color="blue.8"
            leftSection={
              format === 'pdf' ? (
                <IconFileTypePdf size={14} aria-hidden />
              ) : (
                <IconFileSpreadsheet size={14} aria-hidden />
              )
            }
            onClick={() => void prepare(format)}
            loading={queue.isPending && queue.variables?.format === format}
          >
            {t(`reports.file.prepare.${format}`)}
          </Button>
        ))}
      </Group>
      {queue.error ? (
        <Alert color="red" role="alert">
          {errorMessage(queue.error)}
        </Alert>
      ) : null}
      {fileId ? <ReportFileProgress id={fileId} /> : null}
    </Stack>
  );
}

function ReportFileProgress({ id }: { id: string }) {
  const { t } = useTranslation();
  const file = useReportFile(id);
  const data = file.data;
  let text = t('reports.file.loading');
  if (file.error) text = errorMessage(file.error);
  else if (data?.status === 'queued')
    text = t('reports.file.queued', { format: t(`reports.file.format.${data.format}`) });
  else if (data?.status === 'running')
    text = t('reports.file.running', {
      format: t(`reports.file.format.${data.format}`),
      progress: data.progress,
    });
  else if (data?.status === 'done')
    text = t('reports.file.done', { format: t(`reports.file.format.${data.format}`) });
  else if (data?.status === 'failed')
    text = t(
      `reports.file.error.${knownFailures.includes(data.errorCode ?? '') ? data.errorCode : 'REPORT_FILE_FAILED'}`,
    );
  const working = data?.status === 'queued' || data?.status === 'running';
  return (
    <Stack gap={4} maw={420}>
      <Text
        size="sm"
        role="status"
        aria-live="polite"
        c={data?.status === 'failed' || file.error ? 'red.8' : undefined}
      >
        {text}
      </Text>
      {working ? (
        <Progress value={data.progress} size="sm" aria-label={t('reports.file.progressLabel')} animated />
      ) : null}
      {data?.status === 'done' ? (
        <Anchor href={reportFileContentHref(data.id)} download={data.filename ?? true} size="sm">
          <Group gap={4} wrap="nowrap" component="span">
            <IconDownload size={14} aria-hidden />
            {t('reports.file.download', { name: data.filename ?? t(`reports.file.format.${data.format}`) })}
          </Group>
        </Anchor>
      ) : null}
    </Stack>
  );
}
