import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentDownloadUrl, type PersonDocument, usePersonDocuments } from '../../api/documents.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDateTime } from '../../format.js';
import { DeleteDocumentForm, DescribeDocumentForm } from './documents/DocumentForms.js';
import { formatFileSize } from './documents/format-size.js';
import { UploadDocumentForm } from './documents/UploadDocumentForm.js';
import { MergedFileBadge } from './MergedFileBadge.js';

type Editing = { document: PersonDocument; action: 'describe' | 'delete' } | null;

/** The person's documents: what is there, by whom and when, to download, rename or delete; and a new one. */
export function DocumentsTab({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const documents = usePersonDocuments(personId);
  const [editing, setEditing] = useState<Editing>(null);
  const items = documents.data?.items;
  return (
    <QueryState
      isPending={documents.isPending}
      error={documents.error}
      onRetry={() => documents.refetch()}
      missingRouteText={t('documents.unavailable')}
    >
      {items?.length === 0 ? <Text>{t('documents.empty')}</Text> : null}
      {items && items.length > 0 ? (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Caption>{t('documents.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('documents.column.title')}</Table.Th>
                <Table.Th scope="col">{t('documents.column.type')}</Table.Th>
                <Table.Th scope="col">{t('documents.column.size')}</Table.Th>
                <Table.Th scope="col">{t('documents.column.uploadedAt')}</Table.Th>
                <Table.Th scope="col">{t('documents.column.uploadedBy')}</Table.Th>
                <Table.Th scope="col">{t('documents.column.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((document) => (
                <Table.Tr key={document.id}>
                  <Table.Th scope="row" fw={600}>
                    <span dir="auto">{document.title}</span>
                    <Text size="xs" c="dimmed" dir="auto">
                      {document.fileName}
                    </Text>
                    {document.fromMergedFile ? <MergedFileBadge file={document.fromMergedFile} /> : null}
                  </Table.Th>
                  <Table.Td>{t(`documents.type.${document.type}`)}</Table.Td>
                  <Table.Td>{formatFileSize(document.sizeBytes, i18n.language)}</Table.Td>
                  <Table.Td>{formatDateTime(document.uploadedAt)}</Table.Td>
                  <Table.Td>{document.uploadedBy.displayName ?? t('documents.unknownAuthor')}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Anchor
                        size="sm"
                        href={documentDownloadUrl(document.id)}
                        download={document.fileName}
                        aria-label={t('documents.downloadOf', { title: document.title })}
                      >
                        <IconDownload size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} />{' '}
                        {t('documents.download')}
                      </Anchor>
                      {/* A merged file's document is described or deleted on that file, where it stays. */}
                      {document.fromMergedFile ? null : (
                        <>
                          <Button
                            size="compact-sm"
                            variant="default"
                            aria-label={t('documents.editOf', { title: document.title })}
                            onClick={() => setEditing({ document, action: 'describe' })}
                          >
                            {t('documents.edit')}
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="default"
                            aria-label={t('documents.deleteOf', { title: document.title })}
                            onClick={() => setEditing({ document, action: 'delete' })}
                          >
                            {t('documents.delete')}
                          </Button>
                        </>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {editing?.action === 'describe' ? (
        <DescribeDocumentForm
          key={editing.document.id}
          personId={personId}
          document={editing.document}
          onDone={() => setEditing(null)}
        />
      ) : null}
      {editing?.action === 'delete' ? (
        <DeleteDocumentForm
          key={editing.document.id}
          personId={personId}
          document={editing.document}
          onDone={() => setEditing(null)}
        />
      ) : null}
      <UploadDocumentForm personId={personId} />
    </QueryState>
  );
}
