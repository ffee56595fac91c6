import "server-only";
import { createHash } from "node:crypto";
import { countChanges, type FrameworkChanges } from "@/lib/domain/framework/diff-framework-state";
import type { ImportIssue } from "@/lib/domain/framework/framework-document";
import type { FrameworkSnapshot } from "@/lib/domain/framework/framework-state";
import { parseImportFiles, type UploadedFile } from "@/lib/domain/framework/parse-import-files";
import { planFrameworkImport, type ImportMode, type ImportPlan, type NewVersionInput } from "@/lib/domain/framework/plan-framework-import";
import type { DbTransaction } from "@/lib/server/db";
import { loadFrameworkSnapshot, type SnapshotIds } from "./load-framework-snapshot";
import { planCompetencyCarryOver, type CarryOverPlan, type CarryOverSummary } from "./plan-competency-carry-over";

export type ImportRequest = { files: UploadedFile[]; mode: ImportMode; newVersion?: NewVersionInput };

/** What the dry run shows; plain data, safe to hand to the browser. */
export type ImportReport = {
  mode: ImportMode;
  fileNames: string[];
  activeFramework: { code: string; name: string };
  framework: { code: string; name: string };
  isValid: boolean;
  issues: ImportIssue[];
  changes: FrameworkChanges;
  changeCount: number;
  mapping: { from: string; fromName: string; to: string; toName: string }[];
  carryOver: CarryOverSummary | null;
  /** Names the exact changes shown; applying refuses to write anything else. */
  fingerprint: string;
};

export type PreparedImport = { report: ImportReport; plan: ImportPlan; carryOver: CarryOverPlan | null; snapshot: FrameworkSnapshot; ids: SnapshotIds };

type Client = Parameters<typeof loadFrameworkSnapshot>[0] & Pick<DbTransaction, "passbookEntry" | "selfAssessment" | "courseCompetency">;

function fingerprintOf(report: Omit<ImportReport, "fingerprint" | "fileNames" | "issues">): string {
  return createHash("sha256").update(JSON.stringify(report)).digest("hex");
}

/**
 * Reads the files and plans the import against the framework as `client` sees it. The dry run
 * calls it on its own; applying calls it again inside the locked transaction and compares the
 * fingerprints, so a plan that went stale (or a different file) writes nothing.
 */
export async function prepareFrameworkImport(
  client: Client,
  request: ImportRequest,
  newIdOf: (key: string) => string = (key) => key,
): Promise<PreparedImport> {
  const { snapshot, ids } = await loadFrameworkSnapshot(client);
  const frameworkCodes = (await client.competencyFramework.findMany({ select: { code: true } })).map((framework) => framework.code);
  const { document, issues } = parseImportFiles(request.files);
  const plan = planFrameworkImport({ document, readIssues: issues, snapshot, mode: request.mode, newVersion: request.newVersion, frameworkCodes });

  const oldCompetencies = new Map(snapshot.competencies.map((competency) => [competency.key, { id: competency.id ?? "", name: competency.name }]));
  const newCompetencies = new Map(plan.target.competencies.map((competency) => [competency.key, { name: competency.name }]));
  const carryOver =
    plan.mode === "new-version" && plan.isValid
      ? await planCompetencyCarryOver(client, {
          mapping: plan.mapping,
          oldCompetencies,
          newCompetencies,
          newIdOf,
          oldFrameworkCode: snapshot.framework.code,
          newFrameworkCode: plan.framework.code,
        })
      : null;

  const content = {
    mode: plan.mode,
    activeFramework: { code: snapshot.framework.code, name: snapshot.framework.name },
    framework: { code: plan.framework.code, name: plan.framework.name },
    isValid: plan.isValid,
    changes: plan.changes,
    changeCount: countChanges(plan.changes),
    mapping: plan.mapping.map(({ from, to }) => ({
      from,
      fromName: oldCompetencies.get(from)?.name ?? from,
      to,
      toName: newCompetencies.get(to)?.name ?? to,
    })),
    carryOver: carryOver?.summary ?? null,
  };
  const report: ImportReport = {
    ...content,
    fileNames: request.files.map((file) => file.name),
    issues: plan.issues,
    fingerprint: fingerprintOf(content),
  };
  return { report, plan, carryOver, snapshot, ids };
}
