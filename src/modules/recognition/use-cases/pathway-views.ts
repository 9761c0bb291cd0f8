import type { PathwaySummaryView, PathwayView } from '../../../contracts/recognition.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { organizationsApi } from '../../organizations/api.js';
import { occupationTitles } from '../../reference/api.js';
import type { PathwayRecord, PathwayVersionRecord } from '../adapters/pathways-repository.js';
import { pathwaysRepository } from '../adapters/pathways-repository.js';
import { currentVersion } from '../domain/case-rules.js';
import type { OccupationScheme } from '../domain/vocabulary.js';
import { mayEdit } from './recognition-access.js';

export type OccupationTitler = (ref: { scheme: string; code: string }) => string | null;

/**
 * Names occupations in the reader's language through the reference module (`occupationTitles`: ESCO,
 * ROME, O*NET-SOC and NOC titles, English or French when the language has none); null when unknown.
 */
export async function occupationTitler(
  db: Executor,
  refs: readonly { scheme: OccupationScheme; code: string }[],
  locale: string,
): Promise<OccupationTitler> {
  if (refs.length === 0) return () => null;
  const titles = await occupationTitles(db, refs, locale);
  const byKey = new Map(titles.map((t) => [`${t.scheme}:${t.code}`, t.title]));
  return (ref) => byKey.get(`${ref.scheme}:${ref.code}`) ?? null;
}

export async function organizationNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const found = await organizationsApi(db).listOrganizations([...new Set(ids)]);
  return new Map(found.map((o) => [o.id, o.name]));
}

function versionView(v: PathwayVersionRecord) {
  return {
    id: v.id,
    number: v.number,
    effectiveOn: v.effectiveOn,
    changeNote: v.changeNote,
    steps: v.steps.map((s) => ({
      ...s,
      typicalCostCents: s.typicalCostCents === null ? null : Number(s.typicalCostCents),
    })),
    typicalCostCents: v.steps.reduce((sum, s) => sum + Number(s.typicalCostCents ?? 0), 0),
    typicalDurationDays: v.steps.reduce((sum, s) => sum + (s.typicalDurationDays ?? 0), 0),
    createdAt: new Date(v.createdAt).toISOString(),
  };
}

/** Pathways as their readers see them, with every version (newest first) and the one in force today. */
export async function pathwayViews(
  db: Executor,
  actor: Actor,
  locale: string,
  pathways: readonly PathwayRecord[],
  today: string,
): Promise<PathwayView[]> {
  const [versions, names, titleOf] = await Promise.all([
    pathwaysRepository(db).versionsOf(pathways.map((p) => p.id)),
    organizationNames(
      db,
      pathways.map((p) => p.organizationId),
    ),
    occupationTitler(
      db,
      pathways.map((p) => ({ scheme: p.occupationScheme, code: p.occupationCode })),
      locale,
    ),
  ]);
  return pathways.map((p) => {
    const own = versions.filter((v) => v.pathwayId === p.id);
    return {
      id: p.id,
      organizationId: p.organizationId,
      organizationName: names.get(p.organizationId) ?? '',
      own: p.organizationId === actor.organizationId,
      canEdit: mayEdit(actor, p),
      occupation: {
        scheme: p.occupationScheme,
        code: p.occupationCode,
        title: titleOf({ scheme: p.occupationScheme, code: p.occupationCode }),
      },
      jurisdiction: p.jurisdiction,
      routeName: p.routeName,
      regulated: p.regulated,
      regulatorName: p.regulatorName,
      regulatorUrl: p.regulatorUrl,
      illustrative: p.illustrative,
      sharedWithConsortium: p.sharedWithConsortium,
      retired: p.retired,
      current: versionView(currentVersion(own, today)),
      versions: own.map(versionView),
    };
  });
}

export function summaryOf(view: PathwayView): PathwaySummaryView {
  const { versions: _versions, ...summary } = view;
  return summary;
}
