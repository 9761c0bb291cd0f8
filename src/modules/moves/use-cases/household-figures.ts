import { z } from 'zod';
import { type HouseholdFiguresView, householdFiguresQuery } from '../../../contracts/moves.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { figuresRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { followUpFactsOfEnrolments } from '../../outcomes/api.js';
import { programForFigures, programTargets } from '../../programs/api.js';
import { movesRepository } from '../adapters/moves-repository.js';
import {
  funnelStages,
  householdsByYear,
  householdsInYearBy,
  type RetentionFact,
  regionalizationFunnel,
} from '../domain/household-figures.js';
import { yearlyHouseholdTargets } from '../domain/yearly-targets.js';
import { moveErrors } from '../errors.js';
import { funnelSources } from './funnel-sources.js';

/**
 * Emplois en régions' figures: households settled in a region each year against the year's target,
 * the year's households by region and by member, and the path from the front door to a settlement
 * still there after 12 months. Counts only, no names: funders read them too. Those who steer the
 * program see every member; a member sees its own organization's.
 */
export const householdFigures = defineUseCase(
  householdFiguresQuery.extend({ programId: z.uuid() }),
  async ({ input, ctx, trx, now }): Promise<HouseholdFiguresView> => {
    const actor = requireActor(ctx);
    requireRole(actor, figuresRoles);
    const program = await programForFigures(trx, actor, input.programId);
    if (!program) throw moveErrors.programNotFound();
    const organizationIds = program.steers ? program.organizations.map((o) => o.id) : [actor.organizationId];
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    const thisYear = Number(today.slice(0, 4));
    const year = input.year ?? thisYear;
    const moves = await movesRepository(trx).factsOfProgram(program.id, organizationIds);
    const targets = yearlyHouseholdTargets(
      await programTargets(trx, program.id),
      program.steers ? null : actor.organizationId,
    );
    const firstYear = Math.min(
      thisYear,
      ...moves.map((m) => Number(m.movedOn.slice(0, 4))),
      ...[...targets.keys()].filter((y) => y <= thisYear),
    );
    const years = Array.from({ length: thisYear - firstYear + 1 }, (_, i) => firstYear + i);
    const counts = householdsByYear(moves, years);
    const followUps = await followUpFactsOfEnrolments(
      trx,
      moves.map((m) => m.enrolmentId).filter((id): id is string => id !== null),
    );
    const moveOfEnrolment = new Map(moves.filter((m) => m.enrolmentId).map((m) => [m.enrolmentId!, m]));
    const retention: RetentionFact[] = followUps
      .filter((f) => f.months === 12)
      .flatMap((f) => {
        const move = moveOfEnrolment.get(f.enrolmentId);
        return move
          ? [
              {
                householdKey: move.householdKey,
                movedOn: move.movedOn,
                dueOn: f.dueOn,
                answeredOn: f.answeredOn,
                inRegion: f.inRegion,
              },
            ]
          : [];
      });
    const sources = await funnelSources(trx, organizationIds, year);
    const funnel = regionalizationFunnel({ ...sources, moves, retention }, year, today);
    const regionName = new Map(moves.map((m) => [`${m.regionCountry}:${m.regionCode}`, m.regionName]));
    const organizationName = new Map(program.organizations.map((o) => [o.id, o.name]));
    const rowsOf = (counted: Map<string, number>, nameOf: (key: string) => string | null) =>
      [...counted]
        .map(([key, households]) => ({ key, name: nameOf(key), households }))
        .sort((a, b) => b.households - a.households || (a.name ?? a.key).localeCompare(b.name ?? b.key));
    return {
      program: { id: program.id, nameFr: program.nameFr, nameEn: program.nameEn },
      year,
      today,
      years: years.map((y) => ({ year: y, households: counts.get(y) ?? 0, target: targets.get(y) ?? null })),
      byRegion: rowsOf(
        householdsInYearBy(moves, year, (m) => `${m.regionCountry}:${m.regionCode}`),
        (key) => regionName.get(key) ?? null,
      ),
      byOrganization: rowsOf(
        householdsInYearBy(moves, year, (m) => m.organizationId),
        (key) => organizationName.get(key) ?? null,
      ),
      funnel: {
        stages: funnelStages.map((stage) => ({ stage, households: funnel.stages[stage] })),
        retentionDue: funnel.retentionDue,
      },
      scope: program.steers ? 'program' : 'organization',
    };
  },
);
