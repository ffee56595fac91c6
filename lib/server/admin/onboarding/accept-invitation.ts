import "server-only";
import { z } from "zod";
import { hashPassword } from "@/lib/server/auth/password";
import { db } from "@/lib/server/db";
import { isSignedFor, readInvitationToken } from "./invitation-token";

export type InvitationState = { state: "OPEN"; name: string; email: string } | { state: "INVALID" | "EXPIRED" };

const uuid = z.uuid();

async function check(token: string, now: Date) {
  const claims = readInvitationToken(token);
  if (!claims || !uuid.safeParse(claims.userId).success) return { state: "INVALID" as const };
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: { id: true, name: true, email: true, status: true, passwordHash: true },
  });
  // A used link fails the signature (the password hash moved on), exactly like a forged one.
  if (!user || user.status !== "ACTIVE" || !isSignedFor(claims, user.passwordHash)) return { state: "INVALID" as const };
  if (claims.expiresAt <= now) return { state: "EXPIRED" as const };
  return { state: "OPEN" as const, user };
}

export async function getInvitation(token: string, now = new Date()): Promise<InvitationState> {
  const checked = await check(token, now);
  return checked.state === "OPEN" ? { state: "OPEN", name: checked.user.name, email: checked.user.email } : { state: checked.state };
}

/**
 * Sets the invited official's first password. Compare-and-set on the hash the link was signed
 * with, so of two submissions of one link only the first sets a password.
 */
export async function acceptInvitation(input: { token: string; password: string }, now = new Date()): Promise<"ACCEPTED" | "INVALID" | "EXPIRED"> {
  const checked = await check(input.token, now);
  if (checked.state !== "OPEN") return checked.state;
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: checked.user.id, passwordHash: checked.user.passwordHash },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    if (count !== 1) return "INVALID";
    await tx.auditLog.create({
      data: { actorId: checked.user.id, action: "official.invitation_accepted", entityType: "User", entityId: checked.user.id, details: {} },
      select: { id: true },
    });
    return "ACCEPTED";
  });
}
