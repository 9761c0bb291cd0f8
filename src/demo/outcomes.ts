import { systemContext } from '../core/auth/actor.js';
import { addMonths } from '../core/calendar.js';
import type { Deps } from '../core/use-case.js';
import { addExitRuleVersion } from '../modules/outcomes/use-cases/exit-rules.js';
import { demoTimeZones } from './demo-calendar.js';
import { loadImpulserOutcomes } from './outcomes/impulser.js';
import { loadIprOutcomes } from './outcomes/ipr.js';
import { loadLouisvilleOutcomes } from './outcomes/louisville.js';
import { loadQuebecOutcomes } from './outcomes/quebec.js';
import { demoExitRules, impulserSecondVersion } from './outcomes/rules.js';
import { type Staff, teamOf } from './outcomes/shared.js';
import { loadStLouisOutcomes } from './outcomes/st-louis.js';
import { seededRandom } from './random.js';

export interface OutcomesCast {
  programIds: Map<string, string>;
  gironde: Staff;
  stLouis: Staff;
  quebec: Staff;
  /** A Mission Locale's counselor (not Toulouse's, whose caseload other parts of the demo shape). */
  occitanie: Staff;
  louisville: Staff;
}

/**
 * Outcomes: each program's positive-exit rule as data, in force from three years back (before the
 * demo's first enrolments; impulseR's with a second version from three months ago), and the dated
 * exits and follow-ups of people who went through the programs — enrolled long enough ago for their
 * figures (impulseR's 18-month mark, Québec's 12-month follow-up) to have come, so the caseloads'
 * current people stay accompanied.
 */
export async function loadDemoOutcomes(deps: Deps, cast: OutcomesCast): Promise<{ exits: number }> {
  const random = seededRandom(20_261_204);
  const system = systemContext('demo-loader');
  const today = deps.clock.now().toISOString().slice(0, 10);
  const since = `${addMonths(today, -36).slice(0, 4)}-01-01`;
  for (const [key, rule] of Object.entries(demoExitRules)) {
    const programId = cast.programIds.get(key);
    if (programId) await addExitRuleVersion(deps)(system, { programId, effectiveFrom: since, ...rule });
  }
  const program = (key: string) => cast.programIds.get(key);
  let exits = 0;
  const impulser = program('impulser');
  if (impulser) {
    const team = await teamOf(deps, cast.gironde, demoTimeZones.gironde, 'fr');
    await addExitRuleVersion(deps)(system, {
      programId: impulser,
      effectiveFrom: team.monthsAgo(3),
      ...impulserSecondVersion,
    });
    exits += (await loadImpulserOutcomes(team, impulser, random)).exits;
  }
  const rcp = program('rcp');
  if (rcp)
    exits += (
      await loadStLouisOutcomes(await teamOf(deps, cast.stLouis, demoTimeZones.stLouis, 'en'), rcp, random)
    ).exits;
  const eer = program('emplois-en-regions');
  if (eer)
    exits += (
      await loadQuebecOutcomes(await teamOf(deps, cast.quebec, demoTimeZones.quebec, 'fr'), eer, random)
    ).exits;
  const ipr = program('ipr');
  if (ipr)
    exits += (
      await loadIprOutcomes(await teamOf(deps, cast.occitanie, demoTimeZones.occitanie, 'fr'), ipr, random)
    ).exits;
  const louisville = program('louisville-recredentialing');
  if (louisville)
    exits += (
      await loadLouisvilleOutcomes(
        await teamOf(deps, cast.louisville, demoTimeZones.louisville, 'en'),
        louisville,
        random,
      )
    ).exits;
  return { exits };
}
