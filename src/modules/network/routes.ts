import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorBody } from '../../contracts/define.js';
import {
  addContactRoute,
  addSubscriberRoute,
  attendanceExportRoute,
  changeContactRoute,
  changeConveningRoute,
  changePartnerRoute,
  confirmUnsubscribeRoute,
  createConveningRoute,
  createPartnerRoute,
  importSubscribersRoute,
  listBulletinsRoute,
  listConveningsRoute,
  listPartnersRoute,
  listSubscribersRoute,
  markAttendanceRoute,
  publicConveningRoute,
  publicRegisterRoute,
  publicUnsubscribeRoute,
  readConveningRoute,
  readPartnerRoute,
  recordEngagementRoute,
  registerRoute,
  sendBulletinRoute,
  unsubscribeSubscriberRoute,
} from '../../contracts/network.js';
import { contractSchema, fileResponse, mountRoute, routeInputOf } from '../../core/http/mount.js';
import { spreadsheetMediaTypes } from '../../core/spreadsheet/spreadsheet.js';
import { spreadsheetStream } from '../../core/spreadsheet/write-spreadsheet.js';
import type { Deps } from '../../core/use-case.js';
import { addContact } from './use-cases/add-contact.js';
import { addSubscriber } from './use-cases/add-subscriber.js';
import { changeContact } from './use-cases/change-contact.js';
import { changeConvening } from './use-cases/change-convening.js';
import { changePartner } from './use-cases/change-partner.js';
import { createConvening } from './use-cases/create-convening.js';
import { createPartner } from './use-cases/create-partner.js';
import { exportAttendance } from './use-cases/export-attendance.js';
import { importSubscribers } from './use-cases/import-subscribers.js';
import { listBulletins } from './use-cases/list-bulletins.js';
import { listConvenings } from './use-cases/list-convenings.js';
import { listPartners } from './use-cases/list-partners.js';
import { listSubscribers } from './use-cases/list-subscribers.js';
import { markAttendance } from './use-cases/mark-attendance.js';
import { publicConvening } from './use-cases/public-convening.js';
import { readConvening } from './use-cases/read-convening.js';
import { readPartner } from './use-cases/read-partner.js';
import { recordEngagement } from './use-cases/record-engagement.js';
import { registerForConvening } from './use-cases/register-for-convening.js';
import { registerPublicly } from './use-cases/register-publicly.js';
import { sendBulletin } from './use-cases/send-bulletin.js';
import { unsubscribeByLink } from './use-cases/unsubscribe-by-link.js';
import { unsubscribeLinkView } from './use-cases/unsubscribe-link.js';
import { unsubscribeSubscriber } from './use-cases/unsubscribe-subscriber.js';

export function registerNetworkRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, listPartnersRoute, ({ query, ctx }) => listPartners(deps)(ctx, query));
  mountRoute(app, createPartnerRoute, ({ body, ctx }) => createPartner(deps)(ctx, body));
  mountRoute(app, readPartnerRoute, ({ params, ctx }) => readPartner(deps)(ctx, { partnerId: params.id }));
  mountRoute(app, changePartnerRoute, ({ params, body, ctx }) =>
    changePartner(deps)(ctx, { partnerId: params.id, body }),
  );
  mountRoute(app, addContactRoute, ({ params, body, ctx }) =>
    addContact(deps)(ctx, { partnerId: params.id, body }),
  );
  mountRoute(app, changeContactRoute, ({ params, body, ctx }) =>
    changeContact(deps)(ctx, { contactId: params.id, body }),
  );
  mountRoute(app, recordEngagementRoute, ({ params, body, ctx }) =>
    recordEngagement(deps)(ctx, { partnerId: params.id, body }),
  );

  mountRoute(app, listConveningsRoute, ({ ctx }) => listConvenings(deps)(ctx, {}));
  mountRoute(app, createConveningRoute, ({ body, ctx }) => createConvening(deps)(ctx, body));
  mountRoute(app, readConveningRoute, ({ params, ctx }) =>
    readConvening(deps)(ctx, { conveningId: params.id }),
  );
  mountRoute(app, changeConveningRoute, ({ params, body, ctx }) =>
    changeConvening(deps)(ctx, { conveningId: params.id, body }),
  );
  mountRoute(app, registerRoute, ({ params, body, ctx }) =>
    registerForConvening(deps)(ctx, { conveningId: params.id, body }),
  );
  mountRoute(app, markAttendanceRoute, ({ params, body, ctx }) =>
    markAttendance(deps)(ctx, { registrationId: params.id, attendance: body.attendance }),
  );
  // The attendance list: read, checked and audited in the use case's transaction, written as it is sent.
  app.withTypeProvider<ZodTypeProvider>().route({
    method: attendanceExportRoute.method,
    url: attendanceExportRoute.path,
    config: { policy: attendanceExportRoute.policy },
    schema: {
      ...contractSchema(attendanceExportRoute),
      response: {
        200: fileResponse(Object.values(spreadsheetMediaTypes)),
        '4xx': errorBody,
        '5xx': errorBody,
      },
    },
    handler: async (request, reply) => {
      const { params, query, ctx } = routeInputOf<typeof attendanceExportRoute>(request, reply);
      const file = await exportAttendance(deps)(ctx, { conveningId: params.id, ...query });
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .header('x-export-rows', String(file.rows))
        .send(spreadsheetStream(file.format, [file.sheet]));
    },
  });
  // Public: anyone with the page's address; limited per address so that nobody floods a forum.
  mountRoute(app, publicConveningRoute, ({ params, ctx }) => publicConvening(deps)(ctx, params), {
    rateLimit: { max: 60, timeWindow: '1 minute' },
  });
  mountRoute(
    app,
    publicRegisterRoute,
    ({ params, body, ctx }) => registerPublicly(deps)(ctx, { ...body, conveningId: params.id }),
    { rateLimit: { max: 10, timeWindow: '1 minute' } },
  );

  mountRoute(app, listSubscribersRoute, ({ query, ctx }) => listSubscribers(deps)(ctx, query));
  mountRoute(app, addSubscriberRoute, ({ body, ctx }) => addSubscriber(deps)(ctx, body));
  mountRoute(app, importSubscribersRoute, ({ body, ctx }) => importSubscribers(deps)(ctx, body));
  mountRoute(app, unsubscribeSubscriberRoute, ({ params, ctx }) =>
    unsubscribeSubscriber(deps)(ctx, { subscriberId: params.id }),
  );
  mountRoute(app, listBulletinsRoute, ({ ctx }) => listBulletins(deps)(ctx, {}));
  mountRoute(app, sendBulletinRoute, ({ body, ctx }) => sendBulletin(deps)(ctx, body));
  // Public: the link's token is the key; limited per address all the same, so that nobody walks tokens.
  mountRoute(app, publicUnsubscribeRoute, ({ params, ctx }) => unsubscribeLinkView(deps)(ctx, params), {
    rateLimit: { max: 30, timeWindow: '1 minute' },
  });
  mountRoute(app, confirmUnsubscribeRoute, ({ params, ctx }) => unsubscribeByLink(deps)(ctx, params), {
    rateLimit: { max: 10, timeWindow: '1 minute' },
  });
}
