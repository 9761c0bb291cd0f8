import type { FastifyInstance } from 'fastify';
import {
  cancelMoveRoute,
  householdFiguresRoute,
  personMovesRoute,
  recordMoveRoute,
} from '../../contracts/moves.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { cancelMove } from './use-cases/cancel-move.js';
import { householdFigures } from './use-cases/household-figures.js';
import { personMoves } from './use-cases/person-moves.js';
import { recordMove } from './use-cases/record-move.js';

export function registerMoveRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, personMovesRoute, ({ params, ctx }) => personMoves(deps)(ctx, { personId: params.id }));
  mountRoute(app, recordMoveRoute, ({ params, body, ctx }) =>
    recordMove(deps)(ctx, { ...body, personId: params.id }),
  );
  mountRoute(app, cancelMoveRoute, ({ params, body, ctx }) =>
    cancelMove(deps)(ctx, { ...body, moveId: params.id }),
  );
  mountRoute(app, householdFiguresRoute, ({ params, query, ctx }) =>
    householdFigures(deps)(ctx, { ...query, programId: params.id }),
  );
}
