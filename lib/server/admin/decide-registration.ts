import "server-only";
import { cache } from "react";
import { decideRequest } from "@/lib/domain/admin/request-status";
import type { CurrentUser } from "@/lib/domain/roles";
import { Prisma } from "@/lib/generated/prisma/client";
import { organisationWhereInScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { writeAdminAudit } from "./write-admin-audit";

export type DecideRegistrationResult =
  | { status: "APPROVED" | "REJECTED" }
  | { status: "ALREADY_DECIDED" | "REASON_REQUIRED" | "NOT_FOUND" | "EMAIL_TAKEN" };

/**
 * Approves (creating the learner account with the password they chose) or rejects (with a
 * reason) a registration waiting for an organisation of the admin's subtree.
 */
export async function decideRegistration(
  actor: Pick<CurrentUser, "id" | "grants">,
  input: { requestId: string; decision: "APPROVE" | "REJECT"; reason: string | null },
  now = new Date(),
): Promise<DecideRegistrationResult> {
  try {
    return await db.$transaction(async (tx) => {
      const request = await tx.registrationRequest.findFirst({
        where: { id: input.requestId, organisation: organisationWhereInScope(actor, "manage") },
        select: { id: true, status: true, organisationId: true, email: true, name: true, designation: true, passwordHash: true },
      });
      if (!request) return { status: "NOT_FOUND" };
      const outcome = decideRequest(request.status, input.decision, input.reason);
      if (!outcome.ok) return { status: outcome.code };
      const status = outcome.status === "APPROVED" ? "APPROVED" : "REJECTED";

      // The status guard first: of two simultaneous decisions the second waits on this row and
      // then finds it decided, before any account is made.
      const { count } = await tx.registrationRequest.updateMany({
        where: { id: request.id, status: "PENDING" },
        data: { status, decidedById: actor.id, decisionReason: input.reason, decidedAt: now },
      });
      if (count === 0) return { status: "ALREADY_DECIDED" };

      let userId: string | null = null;
      if (status === "APPROVED") {
        const user = await tx.user.create({
          data: {
            email: request.email,
            name: request.name,
            designation: request.designation,
            passwordHash: request.passwordHash,
            organisationId: request.organisationId,
            roles: { create: [{ role: "LEARNER" }] },
          },
          select: { id: true },
        });
        userId = user.id;
        await tx.registrationRequest.update({ where: { id: request.id }, data: { userId }, select: { id: true } });
      }
      await writeAdminAudit(tx, {
        actorId: actor.id,
        action: status === "APPROVED" ? "registration.approved" : "registration.rejected",
        entityType: "RegistrationRequest",
        entityId: request.id,
        organisationId: request.organisationId,
        details: { email: request.email, reason: input.reason, userId },
        now,
      });
      return { status };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { status: "EMAIL_TAKEN" };
    throw error;
  }
}

export type RegistrationItem = {
  id: string;
  name: string;
  email: string;
  designation: string | null;
  organisationName: string;
  status: "PENDING" | "APPROVED" | "REJECTED";
  decisionReason: string | null;
  createdAt: Date;
};

/** Registrations for the admin's subtree: waiting ones oldest first, then the 50 latest decided. */
export const listRegistrationQueue = cache(async (user: Pick<CurrentUser, "grants">) => {
  const inScope = { organisation: organisationWhereInScope(user, "manage") };
  const select = { id: true, name: true, email: true, designation: true, status: true, decisionReason: true, createdAt: true, organisation: { select: { name: true } } } as const;
  const [pending, decided] = await Promise.all([
    db.registrationRequest.findMany({ where: { ...inScope, status: "PENDING" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 200, select }),
    db.registrationRequest.findMany({ where: { ...inScope, status: { not: "PENDING" } }, orderBy: [{ decidedAt: "desc" }, { id: "desc" }], take: 50, select }),
  ]);
  const toItem = ({ organisation, ...row }: (typeof pending)[number]): RegistrationItem => ({ ...row, organisationName: organisation.name });
  return { pending: pending.map(toItem), decided: decided.map(toItem) };
});
