import "server-only";
import { changesNothing } from "@/lib/domain/admin/profile-change";
import type { ProfileChangeRequestInput } from "@/lib/domain/admin/officials.schema";
import type { FieldErrors } from "@/lib/domain/action-result";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { writeAdminAudit } from "./write-admin-audit";

export type RequestProfileChangeResult =
  | { status: "REQUESTED"; requestId: string }
  | { status: "INVALID"; fieldErrors: FieldErrors }
  | { status: "ALREADY_PENDING" };

/**
 * An official asks to change their own designation, post or organisation. The request names only
 * the signed-in official (never an id from the form), and waits for the receiving organisation's
 * admin. One open request at a time, held by a partial unique index.
 */
export async function requestProfileChange(officialId: string, input: ProfileChangeRequestInput, now = new Date()): Promise<RequestProfileChangeResult> {
  try {
    return await db.$transaction(async (tx) => {
      const [official, organisation, position] = await Promise.all([
        tx.user.findUniqueOrThrow({ where: { id: officialId }, select: { organisationId: true, designation: true, fracPositionId: true, reportingOfficerId: true } }),
        tx.organisation.findUnique({ where: { id: input.toOrganisationId }, select: { id: true } }),
        input.fracPositionId
          ? tx.fracPosition.findFirst({ where: { id: input.fracPositionId, OR: [{ organisationId: null }, { organisationId: input.toOrganisationId }] }, select: { id: true } })
          : null,
      ]);
      const fieldErrors: FieldErrors = {};
      if (!organisation) fieldErrors.toOrganisationId = ["Choose an organisation from the list."];
      if (input.fracPositionId && !position) fieldErrors.fracPositionId = ["Choose a post of the organisation you are moving to."];
      if (Object.keys(fieldErrors).length === 0 && changesNothing(official, input)) {
        fieldErrors.designation = ["Change the organisation, the designation or the post: this is what you have now."];
      }
      if (Object.keys(fieldErrors).length > 0) return { status: "INVALID", fieldErrors };

      const request = await tx.profileChangeRequest.create({
        data: {
          userId: officialId,
          fromOrganisationId: official.organisationId,
          toOrganisationId: input.toOrganisationId,
          designation: input.designation,
          fracPositionId: input.fracPositionId,
          note: input.note,
          createdAt: now,
        },
        select: { id: true },
      });
      await writeAdminAudit(tx, {
        actorId: officialId,
        action: "profile_change.requested",
        entityType: "ProfileChangeRequest",
        entityId: request.id,
        organisationId: input.toOrganisationId,
        details: { fromOrganisationId: official.organisationId, designation: input.designation, fracPositionId: input.fracPositionId },
        now,
      });
      return { status: "REQUESTED", requestId: request.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { status: "ALREADY_PENDING" };
    throw error;
  }
}

/** The official takes back their own open request. */
export async function withdrawProfileChange(officialId: string, requestId: string, now = new Date()): Promise<{ status: "WITHDRAWN" | "NOT_FOUND" }> {
  return db.$transaction(async (tx) => {
    const request = await tx.profileChangeRequest.findFirst({ where: { id: requestId, userId: officialId, status: "PENDING" }, select: { id: true, toOrganisationId: true } });
    if (!request) return { status: "NOT_FOUND" };
    const { count } = await tx.profileChangeRequest.updateMany({ where: { id: request.id, status: "PENDING" }, data: { status: "WITHDRAWN", decidedAt: now } });
    if (count === 0) return { status: "NOT_FOUND" };
    await writeAdminAudit(tx, {
      actorId: officialId,
      action: "profile_change.withdrawn",
      entityType: "ProfileChangeRequest",
      entityId: request.id,
      organisationId: request.toOrganisationId,
      details: {},
      now,
    });
    return { status: "WITHDRAWN" };
  });
}
