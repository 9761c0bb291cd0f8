import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { referenceDataFile } from '../../../core/reference-data.js';
import {
  type ClassificationScheme,
  type CrosswalkLink,
  type CrosswalkRelation,
  type OccupationGraph,
  occupationGraph,
} from '../domain/occupation-graph.js';

/**
 * Reads the crosswalk files shipped in reference-data/ (a few hundred kB) once per process. They change
 * only with a new release of the classifications, so they are not copied into the database.
 */
const file = (path: string) => referenceDataFile(path);

function readTsv(path: string): string[][] {
  return gunzipSync(readFileSync(file(path)))
    .toString('utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.length > 0)
    .map((line) => line.split('\t'));
}

export interface ClassificationTitle {
  titleEn: string | null;
  titleFr: string | null;
  /** Whether the job is regulated, where the classification says so (ROME does, for France). */
  regulated: boolean | null;
}

/** A national code's title in the reader's language when the classification has it, else the other one. */
export function titleIn(title: ClassificationTitle | null | undefined, language: string): string | null {
  const first = language === 'fr' ? title?.titleFr : title?.titleEn;
  return first ?? (language === 'fr' ? title?.titleEn : title?.titleFr) ?? null;
}

let loaded: { graph: OccupationGraph; titles: Map<string, ClassificationTitle> } | null = null;

function load() {
  const iscoOf = new Map(
    readTsv('esco/occupations.tsv.gz').map(([id, isco]) => [id as string, isco as string]),
  );
  const broaderOf = new Map(
    readTsv('occupations/esco_broader.tsv.gz').map(([id, broader]) => [id as string, broader as string]),
  );
  const linksOf = new Map<string, CrosswalkLink[]>();
  for (const [id, scheme, code, relation] of readTsv('occupations/esco_crosswalks.tsv.gz')) {
    const link = {
      scheme: scheme as ClassificationScheme,
      code: code as string,
      relation: relation as CrosswalkRelation,
    };
    linksOf.set(id as string, [...(linksOf.get(id as string) ?? []), link]);
  }
  const titles = new Map(
    readTsv('occupations/classification_titles.tsv.gz').map(([scheme, code, en, fr, regulated]) => [
      `${scheme}:${code}`,
      {
        titleEn: en || null,
        titleFr: fr || null,
        regulated: regulated === 'Y' ? true : regulated === 'N' ? false : null,
      },
    ]),
  );
  return { graph: occupationGraph({ iscoOf, broaderOf, linksOf }), titles };
}

export function occupationCrosswalks() {
  loaded ??= load();
  return loaded;
}
