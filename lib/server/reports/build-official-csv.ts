import "server-only";
import { toCsv } from "@/lib/domain/reports/csv";
import type { CurrentUser } from "@/lib/domain/roles";
import { getOfficialGapReport } from "./get-official-gap-report";

/** One official's requirements, held levels and gaps as CSV, scoped exactly as their report page. */
export async function buildOfficialCsv(viewer: Pick<CurrentUser, "grants">, officialId: string): Promise<{ csv: string; name: string }> {
  const report = await getOfficialGapReport(viewer, officialId);
  const csv = toCsv(
    [
      { header: "Official", value: () => report.official.name },
      { header: "Post", value: () => report.official.position?.title ?? "" },
      { header: "Competency", value: (row) => row.name },
      { header: "Type", value: (row) => row.type },
      { header: "Required level", value: (row) => row.required },
      { header: "Held level", value: (row) => row.held },
      { header: "Gap", value: (row) => row.gap },
      { header: "Self-declared level (not counted)", value: (row) => row.selfDeclared },
      { header: "Verified evidence", value: (row) => row.evidence.filter((entry) => entry.counts).length },
    ],
    report.requirements,
  );
  return { csv, name: report.official.name };
}
