import "server-only";
import { DomainError } from "@/lib/domain/learning/domain-error";
import type { CurrentUser } from "@/lib/domain/roles";
import { statusesAllowing } from "@/lib/domain/studio/content-request-rules";
import { organisationWhereInScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

/** The requesting side withdraws a request nobody has delivered; outside their subtree it reads as absent. */
export async function withdrawContentRequest(user: CurrentUser, input: { requestId: string }): Promise<void> {
  const scope = { id: input.requestId, organisation: organisationWhereInScope(user, "manage") };
  const updated = await db.contentRequest.updateMany({ where: { ...scope, status: { in: statusesAllowing("WITHDRAW") } }, data: { status: "WITHDRAWN" } });
  if (updated.count === 0) {
    const exists = await db.contentRequest.count({ where: scope });
    throw new DomainError(exists ? "CONTENT_REQUEST_STATUS_TRANSITION" : "STUDIO_ITEM_NOT_FOUND");
  }
}
