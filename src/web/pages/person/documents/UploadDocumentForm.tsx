import {
  Alert,
  Button,
  Input,
  NativeSelect,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  allowedMediaTypes,
  type DocumentType,
  documentTypes,
  maxDocumentBytes,
  useUploadDocument,
} from '../../../api/documents.js';
import { errorMessage } from '../../../api/errors.js';
import { notify } from '../../../notify.js';
import { formatFileSize } from './format-size.js';

const maxMiB = maxDocumentBytes / 1024 / 1024;
// The picker offers the kinds the server accepts; phones name HEIC photos by extension only.
const accept = [...allowedMediaTypes, '.heic', '.docx', '.odt', '.txt'].join(',');

/** Adds a file to the person's documents: its type, a title staff will recognise, and the file itself. */
export function UploadDocumentForm({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const uploadDocument = useUploadDocument(personId);
  const fileInput = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [type, setType] = useState<DocumentType>('cv');
  const [title, setTitle] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<{ field: 'file' | 'title' | null; message: string } | null>(null);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setProblem(null);
    // The file's name is a good first title; staff usually shorten it.
    if (chosen && !title) setTitle(chosen.name.replace(/\.[^.]+$/, ''));
    if (chosen && chosen.size > maxDocumentBytes) {
      setProblem({
        field: 'file',
        message: t('documents.upload.tooLarge', { size: formatFileSize(chosen.size, i18n.language), maxMiB }),
      });
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setProblem({ field: 'file', message: t('documents.upload.fileNeeded') });
    if (file.size > maxDocumentBytes) return;
    if (!title.trim()) return setProblem({ field: 'title', message: t('documents.upload.titleNeeded') });
    setProblem(null);
    setProgress(0);
    try {
      const saved = title.trim();
      await uploadDocument.mutateAsync({ file, type, title: saved, onProgress: setProgress });
      notify({ color: 'green', message: t('documents.upload.added', { title: saved }) });
      setFile(null);
      setTitle('');
      if (fileInput.current) fileInput.current.value = '';
    } catch (error) {
      setProblem({ field: null, message: errorMessage(error) });
    } finally {
      setProgress(null);
    }
  };

  const pending = progress !== null;
  const percent = Math.round((progress ?? 0) * 100);
  return (
    <Paper withBorder p="md" mt="md" component="form" onSubmit={submit} noValidate aria-busy={pending}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('documents.upload.title')}
        </Title>
        {problem && problem.field === null ? (
          <Alert color="red" role="alert">
            {problem.message}
          </Alert>
        ) : null}
        <div>
          <Input.Label htmlFor={fileId} required>
            {t('documents.upload.file')}
          </Input.Label>
          <Input.Description id={`${fileId}-description`}>
            {t('documents.upload.fileHelp', { maxMiB })}
          </Input.Description>
          <input
            ref={fileInput}
            id={fileId}
            type="file"
            accept={accept}
            required
            aria-invalid={problem?.field === 'file'}
            aria-describedby={`${fileId}-description${problem?.field === 'file' ? ` ${fileId}-error` : ''}`}
            disabled={pending}
            onChange={(event) => choose(event.currentTarget.files?.[0] ?? null)}
            style={{ display: 'block', marginTop: 4, maxWidth: '100%' }}
          />
          {problem?.field === 'file' ? (
            <Input.Error id={`${fileId}-error`} mt={4}>
              {problem.message}
            </Input.Error>
          ) : null}
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('documents.upload.type')}
            value={type}
            disabled={pending}
            onChange={(event) => setType(event.currentTarget.value as DocumentType)}
            data={documentTypes.map((value) => ({ value, label: t(`documents.type.${value}`) }))}
          />
          <TextInput
            label={t('documents.upload.documentTitle')}
            description={t('documents.upload.titleHelp')}
            required
            maxLength={200}
            value={title}
            disabled={pending}
            error={problem?.field === 'title' ? problem.message : undefined}
            onChange={(event) => setTitle(event.currentTarget.value)}
          />
        </SimpleGrid>
        {pending ? (
          <Stack gap={4}>
            <Progress value={percent} aria-label={t('documents.upload.progress')} />
            <Text size="sm" role="status" aria-live="polite">
              {t('documents.upload.sending', { percent })}
            </Text>
          </Stack>
        ) : null}
        <div>
          <Button type="submit" loading={pending}>
            {t('documents.upload.submit')}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
