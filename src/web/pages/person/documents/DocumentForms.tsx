import { useTranslation } from 'react-i18next';
import {
  type DocumentType,
  documentTypes,
  type PersonDocument,
  useDeleteDocument,
  useDescribeDocument,
} from '../../../api/documents.js';
import { EntryForm } from '../../../components/EntryForm.js';
import { notify } from '../../../notify.js';

export function DescribeDocumentForm({
  personId,
  document,
  onDone,
}: {
  personId: string;
  document: PersonDocument;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const describe = useDescribeDocument(personId);
  return (
    <EntryForm
      title={t('documents.describe.title', { title: document.title })}
      initial={{ type: document.type, title: document.title }}
      fields={[
        {
          name: 'type',
          label: t('documents.upload.type'),
          kind: 'select',
          required: true,
          options: documentTypes.map((value) => ({ value, label: t(`documents.type.${value}`) })),
        },
        { name: 'title', label: t('documents.upload.documentTitle'), kind: 'text', required: true },
      ]}
      submitLabel={t('documents.describe.submit')}
      onCancel={onDone}
      onSubmit={async (values) => {
        await describe.mutateAsync({
          documentId: document.id,
          type: String(values.type ?? document.type) as DocumentType,
          title: String(values.title ?? ''),
        });
        notify({ color: 'green', message: t('documents.describe.saved') });
        onDone();
      }}
    />
  );
}

export function DeleteDocumentForm({
  personId,
  document,
  onDone,
}: {
  personId: string;
  document: PersonDocument;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const remove = useDeleteDocument(personId);
  return (
    <EntryForm
      title={t('documents.remove.title', { title: document.title })}
      fields={[{ name: 'reason', label: t('documents.remove.reason'), kind: 'textarea', required: true }]}
      submitLabel={t('documents.remove.submit')}
      onCancel={onDone}
      onSubmit={async (values) => {
        await remove.mutateAsync({ documentId: document.id, reason: String(values.reason ?? '') });
        notify({ color: 'green', message: t('documents.remove.deleted', { title: document.title }) });
        onDone();
      }}
    />
  );
}
