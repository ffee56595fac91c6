import "server-only";
import { cache } from "react";
import type { RequestStatus } from "@/lib/domain/admin/request-status";
import type { CurrentUser } from "@/lib/domain/roles";
import { organisationWhereInScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

export type ProfileChangeItem = {
  id: string;
  status: RequestStatus;
  official: { id: string; name: string; email: string; designation: string | null; organisationName: string | null };
  toOrganisationName: string;
  designation: string | null;
  positionTitle: string | null;
  note: string | null;
  decisionReason: string | null;
  createdAt: Date;
  decidedAt: Date | null;
};

const SELECT = {
  id: true,
  status: true,
  designation: true,
  note: true,
  decisionReason: true,
  createdAt: true,
  decidedAt: true,
  toOrganisation: { select: { name: true } },
  fracPosition: { select: { title: true } },
  user: { select: { id: true, name: true, email: true, designation: true, organisation: { select: { name: true } } } },
} as const;

type Row = {
  id: string;
  status: RequestStatus;
  designation: string | null;
  note: string | null;
  decisionReason: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  toOrganisation: { name: string };
  fracPosition: { title: string } | null;
  user: { id: string; name: string; email: string; designation: string | null; organisation: { name: string } | null };
};

function toItem(row: Row): ProfileChangeItem {
  return {
    id: row.id,
    status: row.status,
    official: { id: row.user.id, name: row.user.name, email: row.user.email, designation: row.user.designation, organisationName: row.user.organisation?.name ?? null },
    toOrganisationName: row.toOrganisation.name,
    designation: row.designation,
    positionTitle: row.fracPosition?.title ?? null,
    note: row.note,
    decisionReason: row.decisionReason,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
  };
}

/** Requests into organisations the admin manages: the open ones oldest first, then the 50 latest decided. */
export const listProfileChangeQueue = cache(async (user: Pick<CurrentUser, "grants">) => {
  const inScope = { toOrganisation: organisationWhereInScope(user, "manage") };
  const [pending, decided] = await Promise.all([
    db.profileChangeRequest.findMany({ where: { ...inScope, status: "PENDING" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 200, select: SELECT }),
    db.profileChangeRequest.findMany({ where: { ...inScope, status: { in: ["APPROVED", "REJECTED"] } }, orderBy: [{ decidedAt: "desc" }, { id: "desc" }], take: 50, select: SELECT }),
  ]);
  return { pending: pending.map(toItem), decided: decided.map(toItem) };
});

/** The signed-in official's own requests, newest first. */
export const listMyProfileChanges = cache(async (officialId: string) => {
  const rows = await db.profileChangeRequest.findMany({ where: { userId: officialId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 20, select: SELECT });
  return rows.map(toItem);
});

/** What the official's request form offers: every organisation (a transfer can go anywhere) and the posts. */
export const getProfileChangeOptions = cache(async (officialId: string) => {
  const [official, organisations, positions] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: officialId },
      select: { organisationId: true, designation: true, fracPositionId: true, organisation: { select: { name: true } }, fracPosition: { select: { title: true } } },
    }),
    db.organisation.findMany({ orderBy: [{ name: "asc" }], take: 5000, select: { id: true, name: true } }),
    db.fracPosition.findMany({ orderBy: [{ title: "asc" }], take: 2000, select: { id: true, title: true, organisationId: true } }),
  ]);
  return { official, organisations, positions };
});
