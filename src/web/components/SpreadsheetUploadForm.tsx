import { Alert, Anchor, Button, Group, Input, Paper, Stack, Text } from '@mantine/core';
import { type FormEvent, useId, useMemo } from 'react';
import { errorMessage } from '../api/errors.js';

const accept =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel';

export interface SpreadsheetUploadLabels {
  templateHint: string;
  template: string;
  file: string;
  fileHint: string;
  check: string;
}

/**
 * The first step of an import (offers, people): a template to download, the file to choose, and
 * "Check the file", which sends it as a dry run. Choosing another file forgets the last answer.
 */
export function SpreadsheetUploadForm({
  labels,
  templateCsv,
  templateFileName,
  file,
  onFile,
  onCheck,
  busy,
  checking,
  error,
}: {
  labels: SpreadsheetUploadLabels;
  templateCsv: string;
  templateFileName: string;
  file: File | null;
  onFile: (file: File | null) => void;
  onCheck: () => void;
  busy: boolean;
  checking: boolean;
  error: unknown;
}) {
  const fileId = useId();
  const template = useMemo(
    () => `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${templateCsv}`)}`,
    [templateCsv],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) onCheck();
  };
  return (
    <Paper withBorder p="md" mb="md" component="form" onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          {labels.templateHint}{' '}
          <Anchor href={template} download={templateFileName}>
            {labels.template}
          </Anchor>
        </Text>
        <div>
          <Input.Label htmlFor={fileId} required>
            {labels.file}
          </Input.Label>
          <Input.Description id={`${fileId}-description`}>{labels.fileHint}</Input.Description>
          <input
            id={fileId}
            type="file"
            accept={accept}
            required
            aria-describedby={`${fileId}-description`}
            disabled={busy}
            onChange={(event) => onFile(event.currentTarget.files?.[0] ?? null)}
            style={{ display: 'block', marginTop: 4, maxWidth: '100%' }}
          />
        </div>
        <Group>
          <Button type="submit" disabled={!file} loading={checking}>
            {labels.check}
          </Button>
        </Group>
        {error ? (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
