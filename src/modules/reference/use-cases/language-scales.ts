import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { referenceDataFile } from '../../../core/reference-data.js';
import { defineUseCase } from '../../../core/use-case.js';

const file = (name: string) => referenceDataFile(`language_levels/${name}.json`);
const load = <T>(name: string): T => JSON.parse(readFileSync(file(name), 'utf8')) as T;

interface CefrRow {
  level: string;
  order: string;
  user_band: string;
  level_name: string;
  global_descriptor_en: string;
}
interface ClbRow {
  clb_level: string;
  nclc_level: string;
  stage: string;
  stage_name: string;
  benchmark_within_stage: string;
}
interface EquivalencyRow {
  test: string;
  validity: string;
  clb_or_nclc_level: string;
  skill: string;
  score: string;
}

let cached: ReturnType<typeof build> | null = null;
function build() {
  const cefr = load<CefrRow[]>('cefr_global_scale');
  const clb = load<ClbRow[]>('clb_levels');
  const equivalency = load<EquivalencyRow[]>('clb_nclc_test_equivalency');
  return {
    cefr: cefr.map((r) => ({
      level: r.level,
      band: r.user_band,
      name: r.level_name,
      descriptor: r.global_descriptor_en,
    })),
    clb: clb.map((r) => ({
      level: Number(r.clb_level),
      stage: r.stage,
      stageName: r.stage_name,
      benchmark: r.benchmark_within_stage,
    })),
    tests: [...new Set(equivalency.map((r) => r.test))].sort(),
    equivalency: equivalency.map((r) => ({
      test: r.test,
      validity: r.validity,
      level: Number(r.clb_or_nclc_level),
      skill: r.skill,
      score: r.score,
    })),
    attribution:
      'CEFR global scale © Council of Europe; Canadian Language Benchmarks / NCLC structure (CCLB); test equivalencies from Immigration, Refugees and Citizenship Canada.',
  };
}

/** The scales a language level is recorded on, and the tests that certify them. */
export const languageScales = defineUseCase(z.object({}), async ({ ctx }) => {
  requireActor(ctx);
  cached ??= build();
  return cached;
});
