import "server-only";
import { headers } from "next/headers";
import type { Prisma } from "@/lib/generated/prisma/client";
import { clientIp } from "@/lib/server/auth/client-ip";

export type AdminAuditAction =
  | "official.created"
  | "official.updated"
  | "official.suspended"
  | "official.reactivated"
  | "official.roles_changed"
  | "official.sessions_ended"
  | "profile_change.requested"
  | "profile_change.withdrawn"
  | "profile_change.approved"
  | "profile_change.rejected"
  | "registration_link.created"
  | "registration_link.revoked"
  | "registration.submitted"
  | "registration.approved"
  | "registration.rejected";

export type AdminAuditEntry = {
  actorId: string | null;
  action: AdminAuditAction;
  entityType: "User" | "ProfileChangeRequest" | "RegistrationLink" | "RegistrationRequest";
  entityId: string;
  organisationId: string | null;
  details: Prisma.InputJsonObject;
  now: Date;
};

/** The address of the request being served; none outside a request (scripts, tests). */
async function requestAddress(): Promise<string | null> {
  try {
    return clientIp(await headers());
  } catch {
    return null;
  }
}

/**
 * The audit row of an officials, transfer or registration change, written in that change's
 * transaction, with the address the request came from (the audit page's "from where").
 */
export async function writeAdminAudit(tx: Prisma.TransactionClient, entry: AdminAuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      ipAddress: await requestAddress(),
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      organisationId: entry.organisationId,
      details: entry.details,
      createdAt: entry.now,
    },
    select: { id: true },
  });
}
