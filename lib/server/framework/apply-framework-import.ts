import "server-only";
import { assertCan } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import { refreshCourseSearchText } from "@/lib/server/catalogue/refresh-course-search-text";
import { db, type DbTransaction } from "@/lib/server/db";
import { newId } from "@/lib/server/factories/new-id";
import { raiseHeldLevels } from "@/lib/server/passbook/held-levels";
import { lockActiveFramework } from "./lock-active-framework";
import type { CarryOverPlan } from "./plan-competency-carry-over";
import { prepareFrameworkImport, type ImportReport, type ImportRequest } from "./prepare-framework-import";
import { writeFrameworkState } from "./write-framework-state";

export type ApplyFrameworkImportResult =
  | { status: "APPLIED"; report: ImportReport; frameworkId: string }
  /** The files have invalid rows: nothing was written. */
  | { status: "INVALID"; report: ImportReport }
  /** The framework or the files differ from the dry run the user approved: nothing was written. */
  | { status: "STALE"; report: ImportReport | null };

// A whole-framework write with its carry-over runs longer than Prisma's 5 s default.
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 120_000 };

/**
 * Applies an import as one transaction, all or nothing. The plan is made again under the
 * framework lock and must match the dry run the user approved (its fingerprint), so what is
 * written is exactly what they were shown. A new version supersedes the active one, moves roles
 * to the new competencies and carries passbooks, self-assessments and course tags over by adding
 * rows; nothing old is deleted.
 */
export async function applyFrameworkImport(
  user: Pick<CurrentUser, "id" | "grants">,
  request: ImportRequest & { fingerprint: string; now?: Date },
): Promise<ApplyFrameworkImportResult> {
  assertCan(user, "frac:manage");
  const now = request.now ?? new Date();
  return db.$transaction(async (tx) => {
    const active = await lockActiveFramework(tx);
    if (!active) return { status: "STALE", report: null };
    const newIds = new Map<string, string>();
    const newIdOf = (key: string) => {
      const id = newIds.get(key) ?? newId();
      newIds.set(key, id);
      return id;
    };
    const prepared = await prepareFrameworkImport(tx, request, newIdOf);
    const { report, plan, snapshot, ids, carryOver } = prepared;
    if (!report.isValid) return { status: "INVALID", report };
    if (report.fingerprint !== request.fingerprint) return { status: "STALE", report };

    const isNewVersion = plan.mode === "new-version";
    const frameworkId = isNewVersion ? newId() : snapshot.framework.id;
    if (isNewVersion) {
      // Superseded first: at most one version is ACTIVE (a partial unique index).
      await tx.competencyFramework.update({ where: { id: snapshot.framework.id }, data: { status: "SUPERSEDED", supersededAt: now }, select: { id: true } });
      await tx.competencyFramework.create({
        data: { id: frameworkId, code: plan.framework.code, name: plan.framework.name, description: plan.framework.description, status: "ACTIVE", activatedAt: now },
        select: { id: true },
      });
    } else if (report.changes.framework.length > 0) {
      await tx.competencyFramework.update({
        where: { id: frameworkId },
        data: { name: plan.framework.name, description: plan.framework.description },
        select: { id: true },
      });
    }

    const written = await writeFrameworkState(tx, { snapshot, ids, target: plan.target, frameworkId, isNewVersion, newCompetencyIdOf: newIdOf });
    const taggedCourses = carryOver ? await writeCarryOver(tx, carryOver, now) : [];
    const renamedIn = written.renamedCompetencyIds.length
      ? (await tx.courseCompetency.findMany({ where: { competencyId: { in: written.renamedCompetencyIds } }, select: { courseId: true } })).map((row) => row.courseId)
      : [];
    const courses = [...new Set([...taggedCourses, ...renamedIn])];
    if (courses.length > 0) await refreshCourseSearchText(tx, courses);

    await tx.auditLog.create({
      data: {
        actorId: user.id,
        action: isNewVersion ? "frac.framework.version_imported" : "frac.framework.imported",
        entityType: "CompetencyFramework",
        entityId: frameworkId,
        details: {
          files: report.fileNames,
          framework: report.framework,
          ...(isNewVersion && { superseded: report.activeFramework }),
          created: {
            competencies: report.changes.competencies.created.length,
            roles: report.changes.roles.created.length,
            posts: report.changes.posts.created.length,
          },
          updated: {
            competencies: report.changes.competencies.updated.length,
            roles: report.changes.roles.updated.length,
            posts: report.changes.posts.updated.length,
          },
          removedRequirements: report.changes.removedRequirements.length,
          removedPostRoles: report.changes.removedPostRoles.length,
          carriedOver: report.carryOver,
        },
        createdAt: now,
      },
      select: { id: true },
    });
    return { status: "APPLIED", report, frameworkId };
  }, TRANSACTION_OPTIONS);
}

/** The carry-over rows of a new version; returns the courses that gained tags. */
async function writeCarryOver(tx: DbTransaction, plan: CarryOverPlan, now: Date): Promise<string[]> {
  if (plan.mappingRows.length > 0) await tx.competencyMapping.createMany({ data: plan.mappingRows.map((row) => ({ ...row, createdAt: now })) });
  if (plan.evidence.length > 0) await tx.passbookEntry.createMany({ data: plan.evidence });
  for (const [userId, levels] of [...plan.heldLevels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    await raiseHeldLevels(tx, { userId, levels, now });
  }
  if (plan.selfAssessments.length > 0) await tx.selfAssessment.createMany({ data: plan.selfAssessments, skipDuplicates: true });
  if (plan.courseTags.length > 0) await tx.courseCompetency.createMany({ data: plan.courseTags, skipDuplicates: true });
  return [...new Set(plan.courseTags.map((tag) => tag.courseId))];
}
