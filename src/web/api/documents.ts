import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  deleteDocumentRoute,
  describeDocumentRoute,
  downloadDocumentRoute,
  listPersonDocumentsRoute,
  uploadDocumentRoute,
} from '../../contracts/documents.js';
import { buildUrl, type CallPart, call, upload } from './client.js';

export { allowedMediaTypes, documentTypes, maxDocumentBytes } from '../../contracts/documents.js';

export type PersonDocument = Awaited<ReturnType<typeof fetchDocuments>>['items'][number];
export type DocumentType = PersonDocument['type'];
export type DocumentDescription = CallPart<typeof describeDocumentRoute, 'body'>;

const documentsKey = (personId: string) => ['people', personId, 'documents'] as const;

function fetchDocuments(personId: string, signal?: AbortSignal) {
  return call(listPersonDocumentsRoute, { params: { id: personId }, signal });
}

export function usePersonDocuments(personId: string) {
  return useQuery({
    queryKey: documentsKey(personId),
    queryFn: ({ signal }) => fetchDocuments(personId, signal),
  });
}

/** The download address: the browser saves the file (the server answers it as an attachment). */
export function documentDownloadUrl(documentId: string): string {
  return buildUrl(downloadDocumentRoute.path, { id: documentId });
}

export function useUploadDocument(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // The forms show the server's message where it belongs; no second notice.
    meta: { inlineErrors: true },
    mutationFn: (input: {
      file: File;
      type: DocumentType;
      title: string;
      onProgress?: (fraction: number) => void;
    }) =>
      upload(uploadDocumentRoute, {
        params: { id: personId },
        query: { type: input.type, title: input.title, fileName: input.file.name },
        file: input.file,
        onProgress: input.onProgress,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentsKey(personId) }),
  });
}

export function useDescribeDocument(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // The forms show the server's message where it belongs; no second notice.
    meta: { inlineErrors: true },
    mutationFn: ({ documentId, ...body }: DocumentDescription & { documentId: string }) =>
      call(describeDocumentRoute, { params: { id: documentId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentsKey(personId) }),
  });
}

export function useDeleteDocument(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // The forms show the server's message where it belongs; no second notice.
    meta: { inlineErrors: true },
    mutationFn: ({ documentId, reason }: { documentId: string; reason: string }) =>
      call(deleteDocumentRoute, { params: { id: documentId }, body: { reason } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentsKey(personId) }),
  });
}
