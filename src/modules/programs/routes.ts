import type { FastifyInstance } from 'fastify';
import { mergePersonRoute } from '../../contracts/duplicates.js';
import { checkIntakeEligibilityRoute, intakeRoute } from '../../contracts/intake.js';
import {
  checkEligibilityRoute,
  createProgramRoute,
  endEnrolmentRoute,
  enrolRoute,
  getProgramRoute,
  listProgramsRoute,
  personEnrolmentsRoute,
  programProgressRoute,
  setReferentRoute,
  setTargetsRoute,
  updateProgramRoute,
} from '../../contracts/programs.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { checkEligibility } from './use-cases/check-eligibility.js';
import { checkIntakeEligibility } from './use-cases/check-intake-eligibility.js';
import { createProgram } from './use-cases/create-program.js';
import { endEnrolment } from './use-cases/end-enrolment.js';
import { enrolPerson } from './use-cases/enrol-person.js';
import { getProgram } from './use-cases/get-program.js';
import { listPrograms } from './use-cases/list-programs.js';
import { mergePersonFiles } from './use-cases/merge-person-files.js';
import { personEnrolments } from './use-cases/person-enrolments.js';
import { programProgress } from './use-cases/program-progress.js';
import { registerAtIntake } from './use-cases/register-at-intake.js';
import { setReferent } from './use-cases/set-referent.js';
import { setTargets } from './use-cases/set-targets.js';
import { updateProgram } from './use-cases/update-program.js';

export function registerProgramRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, mergePersonRoute, ({ params, body, ctx }) =>
    mergePersonFiles(deps)(ctx, { keptPersonId: params.id, mergedPersonId: body.mergedPersonId }),
  );
  mountRoute(app, listProgramsRoute, ({ query, ctx }) => listPrograms(deps)(ctx, query));
  mountRoute(app, getProgramRoute, ({ params, ctx }) => getProgram(deps)(ctx, { programId: params.id }));
  mountRoute(app, checkIntakeEligibilityRoute, ({ body, ctx }) => checkIntakeEligibility(deps)(ctx, body));
  mountRoute(app, intakeRoute, ({ body, ctx }) => registerAtIntake(deps)(ctx, body));
  mountRoute(app, createProgramRoute, ({ body, ctx }) => createProgram(deps)(ctx, body));
  mountRoute(app, updateProgramRoute, ({ params, body, ctx }) =>
    updateProgram(deps)(ctx, { ...body, programId: params.id }),
  );
  mountRoute(app, setTargetsRoute, ({ params, body, ctx }) =>
    setTargets(deps)(ctx, { ...body, programId: params.id }),
  );
  mountRoute(app, setReferentRoute, ({ params, body, ctx }) =>
    setReferent(deps)(ctx, { ...body, programId: params.id }),
  );
  mountRoute(app, checkEligibilityRoute, ({ params, body, ctx }) =>
    checkEligibility(deps)(ctx, { ...body, programId: params.id }),
  );
  mountRoute(app, enrolRoute, ({ params, body, ctx }) =>
    enrolPerson(deps)(ctx, { ...body, programId: params.id }),
  );
  mountRoute(app, endEnrolmentRoute, ({ params, body, ctx }) =>
    endEnrolment(deps)(ctx, { ...body, enrolmentId: params.id }),
  );
  mountRoute(app, personEnrolmentsRoute, ({ params, ctx }) =>
    personEnrolments(deps)(ctx, { personId: params.id }),
  );
  mountRoute(app, programProgressRoute, ({ params, ctx }) =>
    programProgress(deps)(ctx, { programId: params.id }),
  );
}
