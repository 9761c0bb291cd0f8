import { plannedDate } from '../../../contracts/primitives.js';
import { intakeSources } from '../../../contracts/programs.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import type { Translated } from '../../../core/i18n/locale.js';
import { foldedHeader, importedDate } from '../domain/people-import-columns.js';
import type { ImportCells, RowError } from './import-people-rows.js';
import type { PersonDraft, PersonRegistrationScope } from './register-person.js';

export type IntakeSource = (typeof intakeSources)[number];

/** A program the organization takes part in, as the program column names it. */
export interface ImportProgram {
  id: string;
  code: string;
  nameFr: string;
  nameEn: string;
  /** Whether it takes enrolments (active); a draft or closed program is refused by name. */
  open: boolean;
}

/** What a row asks: its program, the enrolment's day (today where the organization works if none), the source. */
export interface ImportEnrolmentRequest {
  programId: string;
  enrolledOn: string | undefined;
  intakeSource: IntakeSource;
}

/** Why the enrolment's rules refuse a row, with the rules not met explained in both languages. */
export interface ImportEnrolmentRefusal {
  verdict: 'not_eligible' | 'incomplete';
  explanations: Translated[];
}

/**
 * Enrolment in a program, which the programs module owns: programs depends on people, so people
 * cannot import it, and the composition root hands the import this port (`importEnrolments` of
 * `programs/api.ts`), as it hands households the re-keying of enrolments.
 */
export interface ImportEnrolments {
  /** The programs the actor's organization takes part in (its own, and its consortia's). */
  programsOf(db: Executor, actor: Actor): Promise<ImportProgram[]>;
  /**
   * The enrolment's eligibility rules evaluated on each unsaved file, as the enrolment will evaluate
   * them once it is saved: null when the person may be enrolled. Writes nothing.
   */
  check(
    db: Executor,
    actor: Actor,
    now: Date,
    rows: readonly { person: PersonDraft; request: ImportEnrolmentRequest }[],
  ): Promise<(ImportEnrolmentRefusal | null)[]>;
  /**
   * Enrols the people the import has just registered, in the import's transaction, with the same
   * rules (a refusal throws, and the import writes nothing). The enrolments' ids, in order.
   */
  enrol(
    scope: PersonRegistrationScope,
    actor: Actor,
    enrolments: readonly { personId: string; person: PersonDraft; request: ImportEnrolmentRequest }[],
  ): Promise<string[]>;
}

/** The intake sources as a file writes them: the code, or its label in French or English. */
const sourceWords: Record<IntakeSource, string[]> = {
  partner_referral: ['partner', 'partenaire', 'orientation', 'orientation_par_un_partenaire', 'referral'],
  outreach_event: [
    'outreach',
    'reperage',
    'aller_vers',
    'action_de_reperage',
    'action_de_reperage_aller_vers',
  ],
  walk_in: ['spontaneous', 'venue_spontanee', 'spontanee', 'spontane'],
  web_form: ['web', 'form', 'formulaire', 'formulaire_en_ligne', 'online', 'en_ligne'],
  other: ['autre'],
};
const sourceOfWord = new Map<string, IntakeSource>(
  intakeSources.flatMap((source) => [
    [source, source] as const,
    ...sourceWords[source].map((word) => [word, source] as const),
  ]),
);

const enrolmentDay = plannedDate('The enrolment date');

/**
 * The programs of the organization by what the program column may hold: the code, the French name or
 * the English name, compared as headers are (case, accents, spaces and dashes aside). A word that
 * names two programs (one's code another's name, or a code shared within a consortium) is ambiguous.
 */
export function programsByWord(programs: readonly ImportProgram[]): Map<string, ImportProgram[]> {
  const byWord = new Map<string, ImportProgram[]>();
  for (const program of programs)
    for (const word of new Set([program.code, program.nameFr, program.nameEn].map(foldedHeader))) {
      if (!word) continue;
      byWord.set(word, [...(byWord.get(word) ?? []), program]);
    }
  return byWord;
}

const problem = (column: RowError['column'], code: string, message: Translated): RowError => ({
  column,
  code,
  message,
});

/**
 * The enrolment a row asks for, read from its program, enrolled_on and intake_source cells, or the
 * problems of those cells; null when the row names no program and no enrolment detail.
 */
export function enrolmentOfRow(
  cells: ImportCells,
  programs: ReadonlyMap<string, ImportProgram[]>,
): { request: ImportEnrolmentRequest; program: ImportProgram } | { errors: RowError[] } | null {
  if (cells.program === undefined) {
    if (cells.enrolled_on === undefined && cells.intake_source === undefined) return null;
    return {
      errors: [
        problem('program', 'PEOPLE_IMPORT_VALUE_MISSING', {
          en: 'Column program is empty while enrolled_on or intake_source is filled: write the program to enrol the person in, or empty those cells.',
          fr: 'La colonne program est vide alors que enrolled_on ou intake_source est rempli : écrivez le programme où inscrire la personne, ou videz ces cellules.',
        }),
      ],
    };
  }
  const errors: RowError[] = [];
  const named = programs.get(foldedHeader(cells.program)) ?? [];
  const program = named.length === 1 ? named[0] : undefined;
  if (named.length === 0)
    errors.push(
      problem('program', 'PEOPLE_IMPORT_PROGRAM_UNKNOWN', {
        en: 'Column program: no program your organization takes part in has this code or name.',
        fr: 'Colonne program : aucun programme auquel votre structure participe n’a ce code ou ce nom.',
      }),
    );
  else if (named.length > 1)
    errors.push(
      problem('program', 'PEOPLE_IMPORT_PROGRAM_AMBIGUOUS', {
        en: `Column program: this names ${named.length} programs (${named.map((p) => p.code).join(', ')}); write the code of one.`,
        fr: `Colonne program : cela désigne ${named.length} programmes (${named.map((p) => p.code).join(', ')}) ; écrivez le code de l’un d’eux.`,
      }),
    );
  else if (program && !program.open)
    errors.push(
      problem('program', 'PEOPLE_IMPORT_PROGRAM_NOT_OPEN', {
        en: `Column program: ${program.nameEn} does not take enrolments (it is not active).`,
        fr: `Colonne program : ${program.nameFr} ne prend pas d’inscriptions (il n’est pas actif).`,
      }),
    );
  let enrolledOn: string | undefined;
  if (cells.enrolled_on !== undefined) {
    const read = importedDate(cells.enrolled_on);
    const checked = read === null ? undefined : enrolmentDay.safeParse(read);
    if (checked?.success) enrolledOn = checked.data;
    else
      errors.push(
        problem('enrolled_on', 'PEOPLE_IMPORT_VALUE_INVALID', {
          en: 'Column enrolled_on: write the enrolment day as 2026-09-01 or 01/09/2026, not more than a few years ahead; empty: today.',
          fr: 'Colonne enrolled_on : écrivez le jour d’inscription 2026-09-01 ou 01/09/2026, pas plus de quelques années à l’avance ; vide : aujourd’hui.',
        }),
      );
  }
  const sources = 'partner_referral, outreach_event, walk_in, web_form, other';
  const intakeSource = cells.intake_source ? sourceOfWord.get(foldedHeader(cells.intake_source)) : undefined;
  if (cells.intake_source === undefined)
    errors.push(
      problem('intake_source', 'PEOPLE_IMPORT_VALUE_MISSING', {
        en: `Column intake_source is empty: an enrolment says how the person came (${sources}).`,
        fr: `La colonne intake_source est vide : une inscription dit comment la personne est venue (${sources}).`,
      }),
    );
  else if (!intakeSource)
    errors.push(
      problem('intake_source', 'PEOPLE_IMPORT_VALUE_INVALID', {
        en: `Column intake_source: write one of ${sources}.`,
        fr: `Colonne intake_source : écrivez l’une de ces valeurs : ${sources}.`,
      }),
    );
  if (errors.length > 0 || !program || !intakeSource) return { errors };
  return { program, request: { programId: program.id, enrolledOn, intakeSource } };
}

/** A refusal of the enrolment's eligibility rules as a problem of the row's program column. */
export function refusedEnrolment(program: ImportProgram, refusal: ImportEnrolmentRefusal): RowError {
  const because = (locale: 'en' | 'fr') => refusal.explanations.map((e) => e[locale]).join(' ');
  return refusal.verdict === 'not_eligible'
    ? problem('program', 'PEOPLE_IMPORT_NOT_ELIGIBLE', {
        en: `Column program: this person does not meet the rules of ${program.nameEn}. ${because('en')}`,
        fr: `Colonne program : cette personne ne remplit pas les conditions de ${program.nameFr}. ${because('fr')}`,
      })
    : problem('program', 'PEOPLE_IMPORT_ELIGIBILITY_INCOMPLETE', {
        en: `Column program: the file does not say enough to check the rules of ${program.nameEn}; enrol the person from the file once it is complete. ${because('en')}`,
        fr: `Colonne program : la fiche n’en dit pas assez pour vérifier les conditions de ${program.nameFr} ; inscrivez la personne depuis sa fiche une fois complétée. ${because('fr')}`,
      });
}
