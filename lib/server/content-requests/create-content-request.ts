import "server-only";
import { PermissionDeniedError } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import type { ContentRequestFormInput } from "@/lib/domain/studio/content-request.schema";
import { adminOrganisationRootIds, isOrganisationInScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

/**
 * An MDO admin asks providers for a course on a competency at a level, for an organisation of
 * their subtree (their own root when none is named). The competency must exist; the count of
 * officials in need is kept as the context it was asked in.
 */
export async function createContentRequest(user: CurrentUser, input: ContentRequestFormInput): Promise<{ requestId: string }> {
  const organisationId = input.organisationId ?? adminOrganisationRootIds(user)[0];
  if (!organisationId || !(await isOrganisationInScope(user, organisationId, "manage"))) {
    throw new PermissionDeniedError("content:request", "You can request content only for organisations you administer.");
  }
  const created = await db.contentRequest.create({
    data: {
      organisationId,
      requestedById: user.id,
      competencyId: input.competencyId,
      level: input.level,
      officialsInNeed: input.officialsInNeed ?? null,
      note: input.note ?? null,
    },
    select: { id: true },
  });
  return { requestId: created.id };
}
