import "server-only";
import { randomBytes } from "node:crypto";
import { cache } from "react";
import { registrationLinkExpiry, registrationLinkState, type RegistrationLinkState } from "@/lib/domain/admin/registration-link";
import type { CurrentUser } from "@/lib/domain/roles";
import { organisationWhereInScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { writeAdminAudit } from "./write-admin-audit";

export type RegistrationLinkItem = {
  id: string;
  token: string;
  organisationName: string;
  expiresAt: Date;
  state: RegistrationLinkState;
  pending: number;
  createdAt: Date;
};

/** A new expiring link for an organisation of the admin's subtree; any other organisation is "not found". */
export async function createRegistrationLink(
  actor: Pick<CurrentUser, "id" | "grants">,
  input: { organisationId: string; days: number },
  now = new Date(),
): Promise<{ status: "CREATED"; id: string; token: string } | { status: "NOT_FOUND" }> {
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findFirst({ where: { AND: [{ id: input.organisationId }, organisationWhereInScope(actor, "manage")] }, select: { id: true } });
    if (!organisation) return { status: "NOT_FOUND" };
    const token = randomBytes(32).toString("base64url");
    const expiresAt = registrationLinkExpiry(now, input.days);
    const link = await tx.registrationLink.create({ data: { token, organisationId: organisation.id, createdById: actor.id, expiresAt, createdAt: now }, select: { id: true } });
    await writeAdminAudit(tx, {
      actorId: actor.id,
      action: "registration_link.created",
      entityType: "RegistrationLink",
      entityId: link.id,
      organisationId: organisation.id,
      details: { expiresAt: expiresAt.toISOString() },
      now,
    });
    return { status: "CREATED", id: link.id, token };
  });
}

/** Ends a link at once; registrations already made through it stay in the queue. */
export async function revokeRegistrationLink(actor: Pick<CurrentUser, "id" | "grants">, linkId: string, now = new Date()): Promise<{ status: "REVOKED" | "NOT_FOUND" }> {
  return db.$transaction(async (tx) => {
    const link = await tx.registrationLink.findFirst({ where: { id: linkId, organisation: organisationWhereInScope(actor, "manage") }, select: { id: true, organisationId: true } });
    if (!link) return { status: "NOT_FOUND" };
    const { count } = await tx.registrationLink.updateMany({ where: { id: link.id, revokedAt: null }, data: { revokedAt: now } });
    if (count > 0) {
      await writeAdminAudit(tx, { actorId: actor.id, action: "registration_link.revoked", entityType: "RegistrationLink", entityId: link.id, organisationId: link.organisationId, details: {}, now });
    }
    return { status: "REVOKED" };
  });
}

export const listRegistrationLinks = cache(async (user: Pick<CurrentUser, "grants">, now: Date = new Date()): Promise<RegistrationLinkItem[]> => {
  const rows = await db.registrationLink.findMany({
    where: { organisation: organisationWhereInScope(user, "manage") },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
    select: {
      id: true,
      token: true,
      expiresAt: true,
      revokedAt: true,
      createdAt: true,
      organisation: { select: { name: true } },
      _count: { select: { requests: { where: { status: "PENDING" } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    token: row.token,
    organisationName: row.organisation.name,
    expiresAt: row.expiresAt,
    state: registrationLinkState(row, now),
    pending: row._count.requests,
    createdAt: row.createdAt,
  }));
});
