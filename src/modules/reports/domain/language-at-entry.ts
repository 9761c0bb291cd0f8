/**
 * A person's level in the program's working language when they entered it, on the CEFR: the best
 * level recorded by a test taken by the day of entry (or undated), in any of the working languages.
 * Canadian benchmarks (CLB in English, NCLC in French) are read on the CEFR through the indicative
 * bands 1–2 ≈ A1, 3–4 ≈ A2, 5–6 ≈ B1, 7–8 ≈ B2, 9–10 ≈ C1, 11–12 ≈ C2.
 */
export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

export interface RecordedLevel {
  language: string;
  scale: 'cefr' | 'clb' | 'nclc';
  level: string;
  testedOn: string | null;
}

function cefrIndex(recorded: RecordedLevel): number | null {
  if (recorded.scale === 'cefr') {
    const index = cefrLevels.indexOf(recorded.level.toUpperCase() as (typeof cefrLevels)[number]);
    return index < 0 ? null : index;
  }
  const benchmark = Number(recorded.level);
  return Number.isInteger(benchmark) && benchmark >= 1 && benchmark <= 12
    ? Math.ceil(benchmark / 2) - 1
    : null;
}

export function languageLevelAtEntry(
  levels: readonly RecordedLevel[],
  workingLanguages: readonly string[],
  enteredOn: string,
): string | null {
  let best: number | null = null;
  for (const recorded of levels) {
    if (!workingLanguages.includes(recorded.language)) continue;
    if (recorded.testedOn !== null && recorded.testedOn > enteredOn) continue;
    const index = cefrIndex(recorded);
    if (index !== null && (best === null || index > best)) best = index;
  }
  return best === null ? null : cefrLevels[best]!;
}

/** The language a program works in, from its organization's country: French in France and Québec, else English. */
export function workingLanguagesOf(country: string | null): string[] {
  return country === 'FR' || country === 'CA' ? ['fr'] : ['en'];
}
