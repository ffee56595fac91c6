import "server-only";
import { competencyChanges } from "@/lib/domain/framework/diff-framework-state";
import type { CompetencyTypeName } from "@/lib/domain/framework/framework-document";
import type { CompetencyForm } from "@/lib/domain/framework/framework-forms.schema";
import type { StateCompetency } from "@/lib/domain/framework/framework-state";
import { assertCan } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import { refreshCourseSearchText } from "@/lib/server/catalogue/refresh-course-search-text";
import { newId } from "@/lib/server/factories/new-id";
import { runFrameworkWrite, type FieldErrors, type FrameworkWriteResult } from "./run-framework-write";

const stateOf = (competency: Omit<StateCompetency, "key"> & { externalId: string | null }): StateCompetency => ({
  ...competency,
  key: competency.externalId ?? competency.code,
});

/**
 * Creates a competency in the active version, or edits one of it, with its five level
 * descriptors and an audit entry listing every changed field. Superseded versions stay as they
 * were. Codes are unique across versions; names and external ids within a version.
 */
export async function saveCompetency(user: Pick<CurrentUser, "id" | "grants">, form: CompetencyForm, now: Date = new Date()): Promise<FrameworkWriteResult> {
  assertCan(user, "frac:manage");
  return runFrameworkWrite(async (tx, active) => {
    const existing = form.id
      ? await tx.competency.findUnique({
          where: { id: form.id },
          select: {
            id: true,
            frameworkId: true,
            externalId: true,
            code: true,
            name: true,
            nameHi: true,
            type: true,
            area: true,
            description: true,
            levels: { orderBy: { level: "asc" }, select: { level: true, name: true, descriptor: true } },
          },
        })
      : null;
    if (form.id && !existing) return { status: "NOT_FOUND" };
    if (existing && existing.frameworkId !== active.id) return { status: "SUPERSEDED" };

    const others = form.id ? { id: { not: form.id } } : {};
    const [codeHolder, externalIdHolder, nameHolder] = await Promise.all([
      tx.competency.findFirst({ where: { code: form.code, ...others }, select: { name: true, framework: { select: { code: true } } } }),
      tx.competency.findFirst({ where: { frameworkId: active.id, externalId: form.externalId, ...others }, select: { name: true } }),
      tx.competency.findFirst({ where: { frameworkId: active.id, name: form.name, ...others }, select: { code: true } }),
    ]);
    const fieldErrors: FieldErrors = {};
    if (codeHolder) fieldErrors.code = [`“${codeHolder.name}” (${codeHolder.framework.code}) already has this code.`];
    if (externalIdHolder) fieldErrors.externalId = [`“${externalIdHolder.name}” already has this external id in ${active.code}.`];
    if (nameHolder) fieldErrors.name = [`${nameHolder.code} already has this name in ${active.code}.`];
    if (Object.keys(fieldErrors).length > 0) return { status: "INVALID", fieldErrors };

    const fields = { externalId: form.externalId, code: form.code, name: form.name, nameHi: form.nameHi, type: form.type, area: form.area, description: form.description };
    const id = existing?.id ?? newId();
    if (existing) {
      await tx.competency.update({ where: { id }, data: fields, select: { id: true } });
      for (const level of form.levels) {
        await tx.competencyLevel.upsert({
          where: { competencyId_level: { competencyId: id, level: level.level } },
          create: { competencyId: id, ...level },
          update: { name: level.name, descriptor: level.descriptor },
          select: { level: true },
        });
      }
      if (existing.name !== form.name || existing.nameHi !== form.nameHi) {
        const tagged = await tx.courseCompetency.findMany({ where: { competencyId: id }, select: { courseId: true } });
        await refreshCourseSearchText(tx, tagged.map((row) => row.courseId));
      }
    } else {
      await tx.competency.create({ data: { id, frameworkId: active.id, ...fields }, select: { id: true } });
      await tx.competencyLevel.createMany({ data: form.levels.map((level) => ({ competencyId: id, ...level })) });
    }

    const after = stateOf({ ...fields, levels: form.levels });
    await tx.auditLog.create({
      data: {
        actorId: user.id,
        action: existing ? "frac.competency.updated" : "frac.competency.created",
        entityType: "Competency",
        entityId: id,
        details: {
          framework: active.code,
          code: form.code,
          ...(existing && { changes: competencyChanges(stateOf({ ...existing, type: existing.type as CompetencyTypeName }), after) }),
        },
        createdAt: now,
      },
      select: { id: true },
    });
    return { status: "SAVED", id };
  });
}
