import type { CaseloadViewFilters } from '../contracts/caseload-work.js';
import type { RequestContext } from '../core/auth/actor.js';
import { fixedClock } from '../core/clock.js';
import type { Deps } from '../core/use-case.js';
import { buildActor } from '../modules/accounts/use-cases/resolve-session.js';
import { saveView } from '../modules/caseload/use-cases/save-view.js';
import { personSummary } from '../modules/people/api.js';
import { completeTask } from '../modules/tasks/use-cases/complete-task.js';
import { createTask } from '../modules/tasks/use-cases/create-task.js';

interface Staff {
  userId: string;
  organizationId: string;
}

/** A program's team: the counselor who keeps the to-dos and the colleague (the referent) some go to. */
export interface DemoTeam {
  program: string;
  counselor: Staff;
  colleague: Staff;
  locale: 'fr' | 'en';
}

/** Days from today: negative is past, so that the demo always has overdue tasks and due ones. */
type Offset = number;

interface TaskDemo {
  title: string;
  note?: string;
  due: Offset;
  /** Which of the counselor's people of the program it is about (0: the first); none for office work. */
  about?: number;
  /** Given to the colleague rather than kept. */
  forColleague?: true;
  /** Ticked off that many days ago (zero: today). */
  doneAgo?: Offset;
}

interface ViewDemo {
  name: string;
  shared: boolean;
  /** Kept by the colleague rather than the counselor. */
  byColleague?: true;
  /** The program's id is added: every view is about one program. */
  filters: Omit<CaseloadViewFilters, 'programId'>;
}

/**
 * Each program's counselors' to-dos (some overdue, some due today or soon, some done, some given to the
 * referent) and saved caseload views (personal and shared), in the team's language. Through the use
 * cases, as the staff who would write them.
 */
const demoWork: Record<string, { tasks: TaskDemo[]; views: ViewDemo[] }> = {
  ipr: {
    tasks: [
      {
        title: 'Rappeler après le rendez-vous manqué',
        note: 'Ne répond pas au téléphone : essayer par SMS, puis passer par la famille.',
        due: -4,
        about: 0,
      },
      { title: 'Envoyer le bilan mensuel IPR à la référente', due: -1 },
      { title: 'Préparer la commission d’entrée en formation', due: 0, about: 1 },
      { title: 'Vérifier l’inscription à l’atelier CV', due: 6, about: 2 },
      {
        title: 'Valider le renforcement du suivi',
        note: 'Deux rendez-vous manqués ce mois-ci.',
        due: 3,
        about: 0,
        forColleague: true,
      },
      { title: 'Demander la copie du titre de séjour', due: -9, about: 3, doneAgo: 8 },
      { title: 'Relancer l’organisme de formation FLE', due: -2, doneAgo: 1 },
    ],
    views: [
      {
        name: 'Mes jeunes IPR sans assez de contacts depuis 30 jours',
        shared: false,
        filters: { referent: 'me', enrolmentStatus: 'enrolled', alerts: 'lowIntensity', sort: 'urgency' },
      },
      {
        name: 'IPR — étapes en retard à Toulouse',
        shared: true,
        byColleague: true,
        filters: { referent: 'all', alerts: 'overdue', sort: 'nextAction' },
      },
    ],
  },
  rcp: {
    tasks: [
      {
        title: 'Follow up on the WES credential evaluation',
        note: 'Documents sent six weeks ago; ask for the reference number.',
        due: -6,
        about: 0,
      },
      { title: 'Book the FE exam review course', due: 2, about: 0 },
      { title: 'Submit the quarterly RCP report', due: -2 },
      { title: 'Call about the licensing board’s letter', due: 0, about: 1 },
      { title: 'Check the English test results', due: -12, about: 1, doneAgo: 10 },
      { title: 'Introduce to the hospital’s recruiter', due: 9, about: 1, forColleague: true },
    ],
    views: [
      {
        name: 'My RCP participants with overdue steps',
        shared: false,
        filters: { referent: 'me', alerts: 'overdue', sort: 'urgency' },
      },
    ],
  },
  icp: {
    tasks: [
      { title: 'Review the résumé before the career fair', due: 1, about: 0 },
      { title: 'Renew the bus pass assistance', due: -3, about: 1, doneAgo: 3 },
    ],
    views: [
      {
        name: 'ICP — missed appointments',
        shared: true,
        byColleague: true,
        filters: { referent: 'all', alerts: 'missed', sort: 'urgency' },
      },
    ],
  },
  impulser: {
    tasks: [
      { title: 'Faire le point avec l’encadrant technique', due: -5, about: 0 },
      { title: 'Monter le dossier d’aide au permis de conduire', due: 4, about: 1 },
      { title: 'Chercher une solution de garde pour la rentrée', due: -15, about: 2, doneAgo: 11 },
      { title: 'Transmettre les heures de formation au financeur', due: 0 },
    ],
    views: [
      {
        name: 'Mes salariés impulseR avec une alerte',
        shared: false,
        filters: { referent: 'me', alerts: 'any', sort: 'urgency' },
      },
    ],
  },
  'emplois-en-regions': {
    tasks: [
      {
        title: 'Confirmer la visite de l’entreprise à Rimouski',
        note: 'Covoiturage à organiser avec la famille.',
        due: 5,
        about: 0,
      },
      { title: 'Relancer la demande de logement en région', due: -3, about: 1 },
      { title: 'Envoyer la liste des participants au partenaire régional', due: -7, doneAgo: 6 },
    ],
    views: [
      {
        name: 'Mes participants — prochaines actions',
        shared: false,
        filters: { referent: 'me', enrolmentStatus: 'enrolled', sort: 'nextAction' },
      },
    ],
  },
  'louisville-recredentialing': {
    tasks: [
      { title: 'Help file the nursing board application', due: -2, about: 0 },
      { title: 'Ask the loan fund about a bridge loan', due: 3, about: 1, forColleague: true },
      { title: 'Collect the translated diploma', due: -20, about: 1, doneAgo: 18 },
    ],
    views: [
      {
        name: 'Re-credentialing — everyone enrolled',
        shared: true,
        filters: { referent: 'all', enrolmentStatus: 'enrolled', sort: 'name' },
      },
    ],
  },
};

const dayMs = 86_400_000;

export async function loadDemoTasksAndViews(
  deps: Deps,
  cast: { programIds: Map<string, string>; enrolledByProgram: Map<string, string[]>; teams: DemoTeam[] },
): Promise<{ tasks: number; views: number }> {
  const now = deps.clock.now().getTime();
  const day = (offset: Offset) => new Date(now + offset * dayMs).toISOString().slice(0, 10);
  // Written in the past at the time they were: a to-do a week before it is due, ticked off when done.
  const at = (offset: Offset): Deps => ({ ...deps, clock: fixedClock(new Date(now + offset * dayMs)) });
  const as = async (staff: Staff, locale: 'fr' | 'en'): Promise<RequestContext> => {
    const actor = await buildActor(
      deps.db,
      { id: staff.userId, displayName: 'demo', locale },
      'demo-loader',
      staff.organizationId,
    );
    if (!actor) throw new Error('demo tasks: staff without membership');
    return { actor, requestId: 'demo-loader', locale, ip: null };
  };
  let tasks = 0;
  let views = 0;
  for (const team of cast.teams) {
    const work = demoWork[team.program];
    const programId = cast.programIds.get(team.program);
    if (!work || !programId) continue;
    const counselor = await as(team.counselor, team.locale);
    const colleague = await as(team.colleague, team.locale);
    const wanted = Math.max(0, ...work.tasks.map((t) => (t.about ?? -1) + 1));
    // The first people of the program this counselor's organization follows (stops when it has enough).
    const people: string[] = [];
    for (const personId of cast.enrolledByProgram.get(team.program) ?? []) {
      if (people.length >= wanted) break;
      if (await personSummary(deps.db, personId, team.counselor.organizationId)) people.push(personId);
    }
    for (const task of work.tasks) {
      const personId = task.about === undefined ? null : people[task.about];
      if (personId === undefined) continue;
      const { id } = await createTask(at(Math.min(task.due, 0) - 7))(counselor, {
        title: task.title,
        note: task.note ?? null,
        dueOn: day(task.due),
        personId,
        ...(task.forColleague ? { assigneeUserId: team.colleague.userId } : {}),
      });
      tasks++;
      if (task.doneAgo !== undefined)
        await completeTask(at(-task.doneAgo))(task.forColleague ? colleague : counselor, {
          taskId: id,
          done: true,
        });
    }
    for (const view of work.views) {
      await saveView(deps)(view.byColleague ? colleague : counselor, {
        name: view.name,
        shared: view.shared,
        filters: { ...view.filters, programId },
      });
      views++;
    }
  }
  return { tasks, views };
}
