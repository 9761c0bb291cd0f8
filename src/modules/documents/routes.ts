import type { FastifyInstance } from 'fastify';
import {
  deleteDocumentRoute,
  describeDocumentRoute,
  downloadDocumentRoute,
  listPersonDocumentsRoute,
  uploadDocumentRoute,
} from '../../contracts/documents.js';
import { mountDownloadRoute, mountUploadRoute } from '../../core/http/file-transfer.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { maxDocumentBytes } from './domain/document-types.js';
import { asciiFileName } from './domain/file-name.js';
import { allowedMediaTypes } from './domain/media-type.js';
import { documentErrors } from './errors.js';
import { deleteDocument } from './use-cases/delete-document.js';
import { describeDocument } from './use-cases/describe-document.js';
import { downloadDocument } from './use-cases/download-document.js';
import { listPersonDocuments } from './use-cases/list-person-documents.js';
import { uploadDocument } from './use-cases/upload-document.js';

export function registerDocumentRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, listPersonDocumentsRoute, ({ params, ctx }) =>
    listPersonDocuments(deps)(ctx, { personId: params.id }),
  );
  mountUploadRoute(
    app,
    uploadDocumentRoute,
    {
      maxBytes: maxDocumentBytes,
      tooLarge: () => documentErrors.tooLarge({ maxMiB: maxDocumentBytes / 1024 / 1024 }),
      mediaTypes: ['application/octet-stream', ...allowedMediaTypes],
    },
    ({ params, query, ctx, content, declaredMediaType }) =>
      uploadDocument(deps)(ctx, { ...query, personId: params.id, content, declaredMediaType }),
  );
  mountDownloadRoute(
    app,
    downloadDocumentRoute,
    { mediaTypes: allowedMediaTypes },
    async ({ params, ctx }) => {
      const file = await downloadDocument(deps)(ctx, { documentId: params.id });
      return { ...file, asciiFileName: asciiFileName(file.fileName) };
    },
  );
  mountRoute(app, describeDocumentRoute, ({ params, body, ctx }) =>
    describeDocument(deps)(ctx, { ...body, documentId: params.id }),
  );
  mountRoute(app, deleteDocumentRoute, ({ params, body, ctx }) =>
    deleteDocument(deps)(ctx, { ...body, documentId: params.id }),
  );
}
