import type { FastifyInstance } from 'fastify';
import {
  changeOfferRoute,
  changeOfferStatusRoute,
  createOfferRoute,
  getOfferRoute,
  importOffersRoute,
  listOffersRoute,
} from '../../contracts/offers.js';
import { mountUploadRoute } from '../../core/http/file-transfer.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { maxImportBytes } from './domain/import-columns.js';
import { offerErrors } from './errors.js';
import { changeOffer } from './use-cases/change-offer.js';
import { changeOfferStatus } from './use-cases/change-offer-status.js';
import { createOffer } from './use-cases/create-offer.js';
import { getOffer } from './use-cases/get-offer.js';
import { importOffers } from './use-cases/import-offers.js';
import { listOffers } from './use-cases/list-offers.js';

export function registerOfferRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, listOffersRoute, ({ query, ctx }) => listOffers(deps)(ctx, query));
  mountRoute(app, getOfferRoute, ({ params, query, ctx }) =>
    getOffer(deps)(ctx, { offerId: params.id, lang: query.lang }),
  );
  mountRoute(app, createOfferRoute, ({ body, ctx }) => createOffer(deps)(ctx, body));
  mountRoute(app, changeOfferRoute, ({ params, body, ctx }) =>
    changeOffer(deps)(ctx, { ...body, offerId: params.id }),
  );
  mountRoute(app, changeOfferStatusRoute, ({ params, body, ctx }) =>
    changeOfferStatus(deps)(ctx, { ...body, offerId: params.id }),
  );
  mountUploadRoute(
    app,
    importOffersRoute,
    {
      maxBytes: maxImportBytes,
      tooLarge: () => offerErrors.importTooLarge({ maxMiB: maxImportBytes / 1024 / 1024 }),
      mediaTypes: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    },
    ({ query, ctx, content, declaredMediaType }) =>
      importOffers(deps)(ctx, {
        content,
        declaredMediaType,
        dryRun: query.dryRun !== 'false',
        fileName: query.fileName,
      }),
  );
}
