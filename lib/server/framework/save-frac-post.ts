import "server-only";
import { postChanges } from "@/lib/domain/framework/diff-framework-state";
import type { FracPostForm } from "@/lib/domain/framework/framework-forms.schema";
import { assertCan } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import { newId } from "@/lib/server/factories/new-id";
import { runFrameworkWrite, type FieldErrors, type FrameworkWriteResult } from "./run-framework-write";

/**
 * Creates or edits a post (title, code, organisation) and the FRAC roles it carries, in one
 * transaction with its audit entry. The gap roll-up follows the role links by trigger.
 */
export async function saveFracPost(user: Pick<CurrentUser, "id" | "grants">, form: FracPostForm, now: Date = new Date()): Promise<FrameworkWriteResult> {
  assertCan(user, "frac:manage");
  return runFrameworkWrite(async (tx) => {
    const existing = form.id
      ? await tx.fracPosition.findUnique({
          where: { id: form.id },
          select: { id: true, code: true, title: true, description: true, organisation: { select: { code: true } }, roles: { select: { role: { select: { id: true, code: true } } } } },
        })
      : null;
    if (form.id && !existing) return { status: "NOT_FOUND" };

    const [codeHolder, organisation, roles] = await Promise.all([
      tx.fracPosition.findFirst({ where: { code: form.code, ...(form.id && { id: { not: form.id } }) }, select: { title: true } }),
      form.organisationId ? tx.organisation.findUnique({ where: { id: form.organisationId }, select: { code: true } }) : null,
      tx.fracRole.findMany({ where: { id: { in: form.roleIds } }, select: { id: true, code: true } }),
    ]);
    const fieldErrors: FieldErrors = {};
    if (codeHolder) fieldErrors.code = [`“${codeHolder.title}” already has this code.`];
    if (form.organisationId && !organisation) fieldErrors.organisationId = ["That organisation no longer exists. Reload the page."];
    if (roles.length !== form.roleIds.length) fieldErrors.roleIds = ["A chosen role no longer exists. Reload the page."];
    if (Object.keys(fieldErrors).length > 0) return { status: "INVALID", fieldErrors };

    const id = existing?.id ?? newId();
    const fields = { code: form.code, title: form.title, description: form.description, organisationId: form.organisationId };
    if (existing) await tx.fracPosition.update({ where: { id }, data: fields, select: { id: true } });
    else await tx.fracPosition.create({ data: { id, ...fields }, select: { id: true } });

    const current = new Set((existing?.roles ?? []).map((link) => link.role.id));
    const removed = [...current].filter((roleId) => !form.roleIds.includes(roleId));
    const added = form.roleIds.filter((roleId) => !current.has(roleId));
    if (removed.length > 0) await tx.fracPositionRole.deleteMany({ where: { positionId: id, roleId: { in: removed } } });
    if (added.length > 0) await tx.fracPositionRole.createMany({ data: added.map((roleId) => ({ positionId: id, roleId })) });

    const after = { code: form.code, title: form.title, description: form.description, organisation: organisation?.code ?? null, roles: roles.map((role) => role.code) };
    await tx.auditLog.create({
      data: {
        actorId: user.id,
        action: existing ? "frac.post.updated" : "frac.post.created",
        entityType: "FracPosition",
        entityId: id,
        organisationId: form.organisationId,
        details: {
          code: form.code,
          ...(existing && {
            changes: postChanges(
              { ...existing, organisation: existing.organisation?.code ?? null, roles: existing.roles.map((link) => link.role.code) },
              after,
            ),
          }),
        },
        createdAt: now,
      },
      select: { id: true },
    });
    return { status: "SAVED", id };
  });
}
