import "server-only";
import { hasRole } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { organisationScopeFilter } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { MAX_DELIVERY_ATTEMPTS } from "./deliver-outbox";

export type OutboxEmail = {
  id: string;
  toAddress: string;
  subject: string;
  bodyText: string;
  kind: string;
  createdAt: Date;
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
  state: "WAITING" | "SENT" | "FAILED";
};

export const OUTBOX_PAGE_SIZE = 25;

/** Mail to officials of the user's subtree (a super admin: all mail), newest first. */
function outboxWhere(user: CurrentUser): Prisma.OutboundEmailWhereInput {
  if (hasRole(user, "SUPER_ADMIN")) return {};
  return { user: organisationScopeFilter(user, "manage") };
}

export async function listOutbox(user: CurrentUser, page: number): Promise<{ emails: OutboxEmail[]; total: number }> {
  const where = outboxWhere(user);
  const [rows, total] = await Promise.all([
    db.outboundEmail.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: { id: true, toAddress: true, subject: true, bodyText: true, kind: true, createdAt: true, sentAt: true, attempts: true, lastError: true },
    }),
    db.outboundEmail.count({ where }),
  ]);
  return {
    total,
    emails: rows.map((row) => ({
      ...row,
      state: row.sentAt ? "SENT" : row.attempts >= MAX_DELIVERY_ATTEMPTS ? "FAILED" : "WAITING",
    })),
  };
}
