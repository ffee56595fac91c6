import "server-only";
import { randomBytes } from "node:crypto";
import { OFFICIAL_REFUSAL_MESSAGES, refusalFor } from "@/lib/domain/admin/official-changes";
import type { CreateOfficialByAdminInput } from "@/lib/domain/admin/officials.schema";
import type { FieldErrors } from "@/lib/domain/action-result";
import type { CurrentUser } from "@/lib/domain/roles";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/server/auth/password";
import { db } from "@/lib/server/db";
import { newId } from "@/lib/server/factories/new-id";
import { checkOfficialReferences } from "./official-references";
import { writeAdminAudit } from "./write-admin-audit";

export type CreateOfficialByAdminResult =
  | { status: "CREATED"; officialId: string; oneTimePassword: string }
  | { status: "INVALID"; fieldErrors: FieldErrors };

/**
 * Creates a learner account in the admin's subtree with a one-time password the admin hands
 * over (shown once, never stored in clear). The email is unique: a second account with it is a
 * field error, decided by the database's constraint rather than a read beforehand.
 */
export async function createOfficialByAdmin(actor: Pick<CurrentUser, "id" | "grants">, input: CreateOfficialByAdminInput, now = new Date()): Promise<CreateOfficialByAdminResult> {
  const oneTimePassword = randomBytes(9).toString("base64url");
  const passwordHash = await hashPassword(oneTimePassword);
  const id = newId(now.getTime());
  try {
    return await db.$transaction(async (tx) => {
      const { fieldErrors, officerChain } = await checkOfficialReferences(tx, actor, input);
      const refusal = refusalFor({ actorId: actor.id, officialId: id, reportingOfficerId: input.reportingOfficerId, officerChain });
      if (refusal) fieldErrors.reportingOfficerId = [OFFICIAL_REFUSAL_MESSAGES[refusal]];
      if (Object.keys(fieldErrors).length > 0) return { status: "INVALID", fieldErrors };

      await tx.user.create({
        data: {
          id,
          email: input.email,
          name: input.name,
          passwordHash,
          // A password someone else has seen: the official must choose their own at first sign-in.
          mustChangePassword: true,
          designation: input.designation,
          group: input.group,
          serviceCadre: input.serviceCadre,
          organisationId: input.organisationId,
          fracPositionId: input.fracPositionId,
          reportingOfficerId: input.reportingOfficerId,
          roles: { create: [{ role: "LEARNER" }] },
        },
        select: { id: true },
      });
      await writeAdminAudit(tx, {
        actorId: actor.id,
        action: "official.created",
        entityType: "User",
        entityId: id,
        organisationId: input.organisationId,
        details: { email: input.email, name: input.name, designation: input.designation },
        now,
      });
      return { status: "CREATED", officialId: id, oneTimePassword };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { status: "INVALID", fieldErrors: { email: ["An account with this email already exists."] } };
    }
    throw error;
  }
}
