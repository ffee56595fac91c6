import "server-only";
import { roleChanges } from "@/lib/domain/framework/diff-framework-state";
import type { FracRoleForm } from "@/lib/domain/framework/framework-forms.schema";
import type { StateRole } from "@/lib/domain/framework/framework-state";
import { assertCan } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import { newId } from "@/lib/server/factories/new-id";
import { runFrameworkWrite, type FrameworkWriteResult } from "./run-framework-write";

/**
 * Creates or edits a FRAC role with its activities (in order) and required levels, in one
 * transaction with its audit entry. Requirements are changed with one delete and one insert:
 * the gap roll-up's statement triggers then rebuild each affected post once, not per row.
 */
export async function saveFracRole(user: Pick<CurrentUser, "id" | "grants">, form: FracRoleForm, now: Date = new Date()): Promise<FrameworkWriteResult> {
  assertCan(user, "frac:manage");
  return runFrameworkWrite(async (tx, active) => {
    const existing = form.id
      ? await tx.fracRole.findUnique({
          where: { id: form.id },
          select: {
            id: true,
            code: true,
            name: true,
            description: true,
            activities: { orderBy: { position: "asc" }, select: { description: true, competencies: { select: { competencyId: true } } } },
            competencies: { select: { competencyId: true, requiredLevel: true } },
          },
        })
      : null;
    if (form.id && !existing) return { status: "NOT_FOUND" };
    const codeHolder = await tx.fracRole.findFirst({ where: { code: form.code, ...(form.id && { id: { not: form.id } }) }, select: { name: true } });
    if (codeHolder) return { status: "INVALID", fieldErrors: { code: [`“${codeHolder.name}” already has this code.`] } };

    // Roles draw only on the active version's competencies.
    const wanted = [...new Set([...form.requirements.map((r) => r.competencyId), ...form.activities.flatMap((a) => a.competencyIds)])];
    const known = await tx.competency.count({ where: { id: { in: wanted }, frameworkId: active.id } });
    if (known !== wanted.length) return { status: "STALE" };

    const id = existing?.id ?? newId();
    const fields = { code: form.code, name: form.name, description: form.description };
    if (existing) await tx.fracRole.update({ where: { id }, data: fields, select: { id: true } });
    else await tx.fracRole.create({ data: { id, ...fields }, select: { id: true } });

    const current = new Map((existing?.competencies ?? []).map((row) => [row.competencyId, row.requiredLevel]));
    const desired = new Map(form.requirements.map((row) => [row.competencyId, row.level]));
    const stale = [...current].filter(([competencyId, level]) => desired.get(competencyId) !== level).map(([competencyId]) => competencyId);
    const fresh = [...desired].filter(([competencyId, level]) => current.get(competencyId) !== level);
    if (stale.length > 0) await tx.roleCompetency.deleteMany({ where: { roleId: id, competencyId: { in: stale } } });
    if (fresh.length > 0) await tx.roleCompetency.createMany({ data: fresh.map(([competencyId, requiredLevel]) => ({ roleId: id, competencyId, requiredLevel })) });

    const activitiesKey = (activities: { description: string; competencyIds: string[] }[]) =>
      JSON.stringify(activities.map((activity) => [activity.description, [...activity.competencyIds].sort()]));
    const before = (existing?.activities ?? []).map((activity) => ({ description: activity.description, competencyIds: activity.competencies.map((link) => link.competencyId) }));
    if (activitiesKey(before) !== activitiesKey(form.activities)) {
      await tx.fracActivity.deleteMany({ where: { roleId: id } });
      const activities = form.activities.map((activity, index) => ({ id: newId(), position: index + 1, ...activity }));
      if (activities.length > 0) {
        await tx.fracActivity.createMany({ data: activities.map(({ id: activityId, position, description }) => ({ id: activityId, roleId: id, position, description })) });
        const links = activities.flatMap((activity) => activity.competencyIds.map((competencyId) => ({ activityId: activity.id, competencyId })));
        if (links.length > 0) await tx.activityCompetency.createMany({ data: links });
      }
    }

    // The audit names competencies as the framework's files do.
    const named = await tx.competency.findMany({
      where: { id: { in: [...new Set([...wanted, ...current.keys(), ...before.flatMap((activity) => activity.competencyIds)])] } },
      select: { id: true, code: true, externalId: true },
    });
    const keys = new Map(named.map((competency) => [competency.id, competency.externalId ?? competency.code]));
    const keyOf = (competencyId: string) => keys.get(competencyId) ?? competencyId;
    const asState = (role: { code: string; name: string; description: string }, activities: typeof before, requirements: Map<string, number>): StateRole => ({
      ...role,
      activities: activities.map((activity) => ({ description: activity.description, competencies: activity.competencyIds.map(keyOf).sort() })),
      requirements: [...requirements].map(([competencyId, level]) => ({ competency: keyOf(competencyId), level })),
    });
    await tx.auditLog.create({
      data: {
        actorId: user.id,
        action: existing ? "frac.role.updated" : "frac.role.created",
        entityType: "FracRole",
        entityId: id,
        details: {
          code: form.code,
          ...(existing && { changes: roleChanges(asState(existing, before, current), asState(fields, form.activities, desired)) }),
          ...(!existing && { activities: form.activities.length, requirements: form.requirements.length }),
        },
        createdAt: now,
      },
      select: { id: true },
    });
    return { status: "SAVED", id };
  });
}
