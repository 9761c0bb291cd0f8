import type { FastifyInstance } from 'fastify';
import {
  addExitRuleVersionRoute,
  answerPublicFollowUpRoute,
  correctExitRoute,
  listExitRulesRoute,
  outcomePeopleRoute,
  personExitsRoute,
  programOutcomesRoute,
  publicFollowUpRoute,
  recordExitRoute,
  recordFollowUpAnswerRoute,
  recordFollowUpAttemptRoute,
  sendFollowUpLinkRoute,
  underemploymentStatisticsRoute,
} from '../../contracts/outcomes.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { correctExit } from './use-cases/correct-exit.js';
import { addExitRuleVersion, listExitRules } from './use-cases/exit-rules.js';
import { outcomePeople } from './use-cases/outcome-people.js';
import { personExits } from './use-cases/person-exits.js';
import { programOutcomesFigures } from './use-cases/program-outcomes.js';
import { answerPublicFollowUp, publicFollowUpForm } from './use-cases/public-follow-up.js';
import { recordExit } from './use-cases/record-exit.js';
import { recordFollowUpAnswer } from './use-cases/record-follow-up-answer.js';
import { recordFollowUpAttempt } from './use-cases/record-follow-up-attempt.js';
import { sendFollowUpLink } from './use-cases/send-follow-up-link.js';
import { underemploymentStatistics } from './use-cases/underemployment-statistics.js';

export function registerOutcomeRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, recordExitRoute, ({ params, body, ctx }) =>
    recordExit(deps)(ctx, { ...body, enrolmentId: params.id }),
  );
  mountRoute(app, correctExitRoute, ({ params, body, ctx }) =>
    correctExit(deps)(ctx, { ...body, exitId: params.id }),
  );
  mountRoute(app, personExitsRoute, ({ params, query, ctx }) =>
    personExits(deps)(ctx, { personId: params.id, language: query.lang }),
  );
  mountRoute(app, recordFollowUpAnswerRoute, ({ params, body, ctx }) =>
    recordFollowUpAnswer(deps)(ctx, { ...body, followUpId: params.id }),
  );
  mountRoute(app, recordFollowUpAttemptRoute, ({ params, body, ctx }) =>
    recordFollowUpAttempt(deps)(ctx, { ...body, followUpId: params.id }),
  );
  mountRoute(app, sendFollowUpLinkRoute, ({ params, body, ctx }) =>
    sendFollowUpLink(deps)(ctx, { ...body, followUpId: params.id }),
  );
  // Public: the token is the key; limited per address all the same, so that nobody walks the tokens.
  mountRoute(app, publicFollowUpRoute, ({ params, ctx }) => publicFollowUpForm(deps)(ctx, params), {
    rateLimit: { max: 30, timeWindow: '1 minute' },
  });
  mountRoute(
    app,
    answerPublicFollowUpRoute,
    ({ params, body, ctx }) => answerPublicFollowUp(deps)(ctx, { token: params.token, answer: body }),
    { rateLimit: { max: 10, timeWindow: '1 minute' } },
  );
  mountRoute(app, listExitRulesRoute, ({ params, ctx }) =>
    listExitRules(deps)(ctx, { programId: params.id }),
  );
  mountRoute(app, addExitRuleVersionRoute, ({ params, body, ctx }) =>
    addExitRuleVersion(deps)(ctx, { ...body, programId: params.id }),
  );
  mountRoute(app, programOutcomesRoute, ({ params, query, ctx }) =>
    programOutcomesFigures(deps)(ctx, { ...query, programId: params.id }),
  );
  mountRoute(app, outcomePeopleRoute, ({ params, query, ctx }) =>
    outcomePeople(deps)(ctx, { ...query, programId: params.id }),
  );
  mountRoute(app, underemploymentStatisticsRoute, ({ params, query, ctx }) =>
    underemploymentStatistics(deps)(ctx, { ...query, programId: params.id }),
  );
}
