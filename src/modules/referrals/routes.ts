import type { FastifyInstance } from 'fastify';
import { referralFiguresRoute } from '../../contracts/exchange-figures.js';
import {
  acceptReferralRoute,
  completeReferralRoute,
  createServiceRoute,
  declineReferralRoute,
  getReferralRoute,
  linkReferralRoute,
  listReferralsRoute,
  listServicesRoute,
  personReferralsRoute,
  referralPersonRoute,
  referralTargetsRoute,
  sendReferralRoute,
  updateServiceRoute,
  withdrawReferralRoute,
} from '../../contracts/referrals.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { createService } from './use-cases/create-service.js';
import { linkReferral } from './use-cases/link-referral.js';
import { listReferrals } from './use-cases/list-referrals.js';
import { listServices } from './use-cases/list-services.js';
import { moveReferral } from './use-cases/move-referral.js';
import { personReferrals } from './use-cases/person-referrals.js';
import { readReferral } from './use-cases/read-referral.js';
import { readReferralPerson } from './use-cases/read-referral-person.js';
import { programReferralFigures } from './use-cases/referral-figures.js';
import { referralTargets } from './use-cases/referral-targets.js';
import { sendReferral } from './use-cases/send-referral.js';
import { updateService } from './use-cases/update-service.js';

export function registerReferralRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, listReferralsRoute, ({ query, ctx }) => listReferrals(deps)(ctx, query));
  mountRoute(app, sendReferralRoute, ({ body, ctx }) => sendReferral(deps)(ctx, body));
  mountRoute(app, referralTargetsRoute, ({ query, ctx }) => referralTargets(deps)(ctx, query));
  mountRoute(app, getReferralRoute, ({ params, ctx }) => readReferral(deps)(ctx, { referralId: params.id }));
  mountRoute(app, referralPersonRoute, ({ params, ctx }) =>
    readReferralPerson(deps)(ctx, { referralId: params.id }),
  );
  mountRoute(app, acceptReferralRoute, ({ params, ctx }) =>
    moveReferral(deps)(ctx, { referralId: params.id, move: 'accept' }),
  );
  mountRoute(app, declineReferralRoute, ({ params, body, ctx }) =>
    moveReferral(deps)(ctx, { referralId: params.id, move: 'decline', ...body }),
  );
  mountRoute(app, completeReferralRoute, ({ params, body, ctx }) =>
    moveReferral(deps)(ctx, { referralId: params.id, move: 'complete', ...body }),
  );
  mountRoute(app, withdrawReferralRoute, ({ params, ctx }) =>
    moveReferral(deps)(ctx, { referralId: params.id, move: 'withdraw' }),
  );
  mountRoute(app, linkReferralRoute, ({ params, body, ctx }) =>
    linkReferral(deps)(ctx, { referralId: params.id, personId: body.personId }),
  );
  mountRoute(app, personReferralsRoute, ({ params, ctx }) =>
    personReferrals(deps)(ctx, { personId: params.id }),
  );
  mountRoute(app, listServicesRoute, ({ query, ctx }) => listServices(deps)(ctx, query));
  mountRoute(app, createServiceRoute, ({ body, ctx }) => createService(deps)(ctx, body));
  mountRoute(app, updateServiceRoute, ({ params, body, ctx }) =>
    updateService(deps)(ctx, { serviceId: params.id, body }),
  );
  mountRoute(app, referralFiguresRoute, ({ params, query, ctx }) =>
    programReferralFigures(deps)(ctx, { ...query, programId: params.id }),
  );
}
