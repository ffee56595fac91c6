import "server-only";
import { cache } from "react";
import { registrationLinkState, type RegistrationLinkState } from "@/lib/domain/admin/registration-link";
import type { RegisterInput } from "@/lib/domain/admin/officials.schema";
import type { FieldErrors } from "@/lib/domain/action-result";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/server/auth/password";
import { db } from "@/lib/server/db";
import { writeAdminAudit } from "./write-admin-audit";

/** What the public registration page shows for a token: the organisation, or why the link does not work. */
export const getRegistrationLink = cache(async (token: string, now: Date = new Date()): Promise<{ state: RegistrationLinkState | "UNKNOWN"; organisationName: string | null }> => {
  if (token.length < 10 || token.length > 100) return { state: "UNKNOWN", organisationName: null };
  const link = await db.registrationLink.findUnique({ where: { token }, select: { expiresAt: true, revokedAt: true, organisation: { select: { name: true } } } });
  if (!link) return { state: "UNKNOWN", organisationName: null };
  return { state: registrationLinkState(link, now), organisationName: link.organisation.name };
});

export type RegisterResult = { status: "REGISTERED" } | { status: "LINK_CLOSED" } | { status: "INVALID"; fieldErrors: FieldErrors };

/**
 * Someone registers through an open link. No account exists until an admin approves, so nothing
 * here can sign anyone in. An email that already has an account, or a registration waiting,
 * is refused as a field error.
 */
export async function registerThroughLink(input: RegisterInput, now = new Date()): Promise<RegisterResult> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const link = await tx.registrationLink.findUnique({ where: { token: input.token }, select: { id: true, organisationId: true, expiresAt: true, revokedAt: true } });
      if (!link || registrationLinkState(link, now) !== "OPEN") return { status: "LINK_CLOSED" };
      const existing = await tx.user.count({ where: { email: input.email } });
      if (existing > 0) return { status: "INVALID", fieldErrors: { email: ["An account with this email already exists. Sign in instead."] } };
      const request = await tx.registrationRequest.create({
        data: { linkId: link.id, organisationId: link.organisationId, email: input.email, name: input.name, designation: input.designation, passwordHash, createdAt: now },
        select: { id: true },
      });
      await writeAdminAudit(tx, {
        actorId: null,
        action: "registration.submitted",
        entityType: "RegistrationRequest",
        entityId: request.id,
        organisationId: link.organisationId,
        details: { email: input.email, name: input.name },
        now,
      });
      return { status: "REGISTERED" };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { status: "INVALID", fieldErrors: { email: ["A registration with this email is already waiting for approval."] } };
    }
    throw error;
  }
}
