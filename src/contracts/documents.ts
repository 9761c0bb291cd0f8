import { z } from 'zod';
import { documentTypes } from '../modules/documents/domain/document-types.js';
import { allowedMediaTypes } from '../modules/documents/domain/media-type.js';
import { defineRoute, idParam, isoDateTime } from './define.js';
import { plainText, text } from './primitives.js';

export { documentTypes, maxDocumentBytes } from '../modules/documents/domain/document-types.js';
export { allowedMediaTypes } from '../modules/documents/domain/media-type.js';

const title = text(200);

export const documentView = z.object({
  id: z.uuid(),
  type: z.enum(documentTypes),
  title: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  uploadedAt: isoDateTime,
  uploadedBy: z.object({ id: z.uuid(), displayName: z.string().nullable() }),
  updatedAt: isoDateTime.nullable(),
});

export const listPersonDocumentsRoute = defineRoute({
  operationId: 'listPersonDocuments',
  method: 'GET',
  path: '/api/people/:id/documents',
  policy: 'session',
  summary: "A person's documents (descriptions only, newest first)",
  tags: ['documents'],
  params: idParam,
  response: z.object({
    items: z.array(
      documentView.extend({
        /**
         * On a kept file, the file merged into it that the document belongs to (a merge in force,
         * docs/duplicates.md); null for the person's own. Downloaded as any document, changed on that file.
         */
        fromMergedFile: z
          .object({ personId: z.uuid(), givenName: z.string(), familyName: z.string() })
          .nullable(),
      }),
    ),
  }),
});

export const uploadDocumentQuery = z.object({
  type: z.enum(documentTypes),
  title,
  fileName: plainText().max(1000).default(''),
});
export const uploadDocumentRoute = defineRoute({
  operationId: 'uploadDocument',
  method: 'POST',
  path: '/api/people/:id/documents',
  policy: 'session',
  summary:
    "Add a document to a person's file: the body is the file's bytes, its Content-Type the file's type (checked against the content); at most 10 MiB",
  tags: ['documents'],
  params: idParam,
  query: uploadDocumentQuery,
  response: z.object({
    id: z.uuid(),
    fileName: z.string(),
    mediaType: z.enum(allowedMediaTypes),
    sizeBytes: z.number().int(),
  }),
  successStatus: 201,
});

export const downloadDocumentRoute = defineRoute({
  operationId: 'downloadDocument',
  method: 'GET',
  path: '/api/documents/:id/content',
  policy: 'session',
  summary: "A document's file, as an attachment (every download is audited)",
  tags: ['documents'],
  params: idParam,
  response: z.unknown(),
});

export const describeDocumentBody = z.object({ type: z.enum(documentTypes), title });
export const describeDocumentRoute = defineRoute({
  operationId: 'describeDocument',
  method: 'PATCH',
  path: '/api/documents/:id',
  policy: 'session',
  summary: 'Rename or retype a document',
  tags: ['documents'],
  params: idParam,
  body: describeDocumentBody,
  response: z.object({
    id: z.uuid(),
    type: z.enum(documentTypes),
    title: z.string(),
    changed: z.array(z.string()),
  }),
});

export const deleteDocumentRoute = defineRoute({
  operationId: 'deleteDocument',
  method: 'POST',
  path: '/api/documents/:id/deletion',
  policy: 'session',
  summary: 'Delete a document, with the reason: its content is dropped, its description kept for the record',
  tags: ['documents'],
  params: idParam,
  body: z.object({ reason: text(500).min(3) }),
  response: z.object({ id: z.uuid(), deletedAt: isoDateTime }),
});
