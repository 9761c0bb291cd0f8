import type { ExitView } from '../../../api/outcomes.js';

/** Instants and ids compared by their characters, not by a locale's collation (which puts '~' first). */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The versions a correction replaced, newest first, each with the reason it was replaced. Oldest first
 * by the time each was replaced, the current one last (versions recorded in the same instant keep
 * their ids' order): the reason a version was replaced is the one its successor carries.
 */
export function supersededVersions(
  versions: readonly ExitView[],
): { version: ExitView; reason: string | null }[] {
  const ordered = [...versions].sort(
    (a, b) =>
      byCode(a.supersededAt ?? '~', b.supersededAt ?? '~') ||
      byCode(a.recordedAt, b.recordedAt) ||
      byCode(a.id, b.id),
  );
  return ordered
    .map((version, index) => ({
      version,
      reason: version.correctionReason ?? ordered[index + 1]?.correctionReason ?? null,
    }))
    .filter(({ version }) => version.supersededAt !== null)
    .reverse();
}
