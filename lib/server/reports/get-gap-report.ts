import "server-only";
import { rankGaps, scopeReadiness, summariseBuckets, type CompetencyGapSummary, type ScopeReadiness } from "@/lib/domain/competency/gap-buckets";
import { loadCompetencyInfo, type CompetencyInfo } from "./load-competency-names";
import { loadGapBuckets } from "./load-gap-buckets";
import type { ReportScope, ScopeOrganisation } from "./report-scope";

export type CompetencyGapRow = CompetencyGapSummary & { competency: CompetencyInfo };

export type GapMatrix = {
  /** The competencies with the most levels missing in the scope, as columns. */
  competencies: CompetencyInfo[];
  rows: {
    group: ScopeOrganisation;
    /** Whether the group is the focus organisation's own officials (not a child subtree). */
    isOwnOfficials: boolean;
    readiness: ScopeReadiness;
    cells: (Pick<CompetencyGapSummary, "needing" | "meetShare" | "meanGap" | "withGap"> | null)[];
  }[];
};

export type GapReport = {
  readiness: ScopeReadiness;
  /** Every competency required in the scope, largest gap first, then fully met ones by name. */
  competencies: CompetencyGapRow[];
  topGaps: CompetencyGapRow[];
  matrix: GapMatrix;
  buckets: Awaited<ReturnType<typeof loadGapBuckets>>["total"];
};

const MATRIX_COLUMNS = 12;
const NAME_ORDER = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** The competency-gap report of a scope, from the roll-up: never a recount of officials. */
export async function getGapReport(scope: ReportScope, options: { matrixColumns?: number } = {}): Promise<GapReport> {
  const [buckets, competencies] = await Promise.all([loadGapBuckets(scope), loadCompetencyInfo()]);
  const withInfo = (summary: CompetencyGapSummary): CompetencyGapRow[] => {
    const competency = competencies.get(summary.competencyId);
    return competency ? [{ ...summary, competency }] : [];
  };
  const summaries = summariseBuckets(buckets.total).flatMap(withInfo);
  const ranked = rankGaps(summaries);
  const rankedIds = new Set(ranked.map((row) => row.competencyId));
  const met = summaries.filter((row) => !rankedIds.has(row.competencyId)).sort((a, b) => NAME_ORDER.compare(a.competency.name, b.competency.name));

  const columns = ranked.slice(0, options.matrixColumns ?? MATRIX_COLUMNS).map((row) => row.competency);
  const groups = scope.focus ? [...scope.groups, scope.focus] : scope.groups;
  const matrixRows = groups.flatMap((group) => {
    const groupBuckets = buckets.byGroup.get(group.id) ?? [];
    if (groupBuckets.length === 0) return [];
    const byCompetency = new Map(summariseBuckets(groupBuckets).map((summary) => [summary.competencyId, summary]));
    return [
      {
        group,
        isOwnOfficials: group.id === scope.focus?.id,
        readiness: scopeReadiness(groupBuckets),
        cells: columns.map((competency) => byCompetency.get(competency.id) ?? null),
      },
    ];
  });

  return {
    readiness: scopeReadiness(buckets.total),
    competencies: [...ranked, ...met],
    topGaps: ranked.slice(0, 5),
    matrix: { competencies: columns, rows: matrixRows },
    buckets: buckets.total,
  };
}
