import "server-only";
import { DomainError } from "@/lib/domain/learning/domain-error";
import { PermissionDeniedError } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import type { ContentRequestResponseInput } from "@/lib/domain/studio/content-request.schema";
import { STATUS_AFTER, statusesAllowing } from "@/lib/domain/studio/content-request-rules";
import { providerIdsOf } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

/**
 * A provider answers a request: accepts an open one (it becomes theirs), declines it with a
 * reason, or fulfils one they accepted by linking one of their published courses. The update is
 * conditional on the status (and, once accepted, on the provider), so two providers accepting
 * at once leave it with exactly one of them.
 */
export async function respondToContentRequest(user: CurrentUser, input: ContentRequestResponseInput & { now?: Date }): Promise<void> {
  const providerId = providerIdsOf(user)[0];
  if (!providerId) throw new PermissionDeniedError("course:author", "Your account is not linked to a content provider.");
  const ownProviders = providerIdsOf(user);

  if (input.move === "FULFIL") {
    const course = await db.course.findFirst({ where: { id: input.courseId, providerId: { in: ownProviders }, status: "PUBLISHED" }, select: { id: true } });
    if (!course) throw new DomainError("CONTENT_REQUEST_COURSE_NOT_PUBLISHED");
  }

  const from = statusesAllowing(input.move);
  // Open requests are anyone's to take; once accepted, only the accepting provider answers it.
  const owner = input.move === "ACCEPT" ? {} : { OR: [{ status: "OPEN" as const }, { providerId: { in: ownProviders } }] };
  const updated = await db.contentRequest.updateMany({
    where: { id: input.requestId, status: { in: from }, ...owner },
    data: {
      status: STATUS_AFTER[input.move],
      respondedById: user.id,
      ...(input.move === "ACCEPT" || input.move === "DECLINE" ? { providerId } : {}),
      ...(input.response !== undefined ? { response: input.response } : {}),
      ...(input.move === "FULFIL" ? { courseId: input.courseId } : {}),
    },
  });
  if (updated.count === 0) {
    const exists = await db.contentRequest.count({ where: { id: input.requestId } });
    throw new DomainError(exists ? "CONTENT_REQUEST_STATUS_TRANSITION" : "STUDIO_ITEM_NOT_FOUND");
  }
}
