// What an MDO admin finds waiting in a demo: transfer requests into the Department of Revenue (from
// another ministry, and a change of designation inside it), one already refused, and a
// registration link with people waiting for approval. Rows are written as the app writes them;
// nothing here moves an official (that needs the admin's approval). Idempotent: skipped once the
// department has any request or link.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/server/auth/password";
import { DEMO_ACCOUNTS } from "./demo-accounts";

const DAY_MS = 24 * 60 * 60 * 1000;
// Queues are about the present: dated from the day the seed runs, not the history's base date.
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);

const REGISTRANTS = [
  { name: "Ramesh Chandra Iyer", email: "ramesh.iyer.cbic@example.gov.in", designation: "Superintendent" },
  { name: "Fatima Sheikh", email: "fatima.sheikh.cbic@example.gov.in", designation: "Inspector" },
  { name: "Gurpreet Singh Bedi", email: "gurpreet.bedi.cbic@example.gov.in", designation: "Tax Assistant" },
] as const;

export async function seedAdminQueues(prisma: PrismaClient): Promise<void> {
  const codes = ["MOF-DOR", "MOF-DOR-CBDT", "MOF-DOR-CBIC", "MHA-DIS"];
  const organisations = new Map(
    (await prisma.organisation.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } })).map((org) => [org.code, org.id]),
  );
  const revenue = organisations.get("MOF-DOR");
  const cbdt = organisations.get("MOF-DOR-CBDT");
  const cbic = organisations.get("MOF-DOR-CBIC");
  const disasterManagement = organisations.get("MHA-DIS");
  const admin = await prisma.user.findUnique({ where: { email: DEMO_ACCOUNTS.mdoAdmin.email }, select: { id: true } });
  if (!revenue || !cbdt || !cbic || !disasterManagement || !admin) return;

  const subtree = (await prisma.organisationClosure.findMany({ where: { ancestorId: revenue }, select: { descendantId: true } })).map((row) => row.descendantId);
  const seeded =
    (await prisma.profileChangeRequest.count({ where: { toOrganisationId: { in: subtree } } })) +
    (await prisma.registrationLink.count({ where: { organisationId: { in: subtree } } }));
  if (seeded > 0) return;

  const demoEmails = Object.values(DEMO_ACCOUNTS).map((account) => account.email);
  const pick = (organisationId: string, take: number) =>
    prisma.user.findMany({
      where: { organisationId, status: "ACTIVE", email: { notIn: demoEmails }, designation: { not: null } },
      orderBy: { email: "asc" },
      take,
      select: { id: true, organisationId: true, designation: true },
    });
  const [fromHomeAffairs, insideCbic] = await Promise.all([pick(disasterManagement, 2), pick(cbic, 1)]);

  const requests = [
    ...fromHomeAffairs.map((official, index) => ({
      userId: official.id,
      fromOrganisationId: official.organisationId,
      toOrganisationId: cbdt,
      designation: index === 0 ? "Income Tax Officer" : null,
      note: index === 0 ? "Deputed to CBDT by order dated 18 November; joining on 1 December." : "Inter-ministry transfer approved by the cadre controlling authority.",
      status: index === 0 ? ("PENDING" as const) : ("REJECTED" as const),
      decidedById: index === 0 ? null : admin.id,
      decisionReason: index === 0 ? null : "The transfer order has not reached this office yet; please ask again with its number.",
      decidedAt: index === 0 ? null : daysAgo(3),
      createdAt: daysAgo(index === 0 ? 2 : 6),
    })),
    ...insideCbic.map((official) => ({
      userId: official.id,
      fromOrganisationId: official.organisationId,
      toOrganisationId: cbic,
      designation: "Deputy Commissioner",
      note: "Promoted by order of the Board; the new designation should show on my certificates.",
      status: "PENDING" as const,
      decidedById: null,
      decisionReason: null,
      decidedAt: null,
      createdAt: daysAgo(1),
    })),
  ];
  await prisma.profileChangeRequest.createMany({ data: requests });

  const link = await prisma.registrationLink.create({
    data: { token: randomBytes(32).toString("base64url"), organisationId: cbic, createdById: admin.id, expiresAt: daysAgo(-30), createdAt: daysAgo(4) },
    select: { id: true },
  });
  // A registrant's password is their own; here it is a random one nobody knows.
  const passwordHash = await hashPassword(randomBytes(18).toString("base64url"));
  await prisma.registrationRequest.createMany({
    data: REGISTRANTS.map((registrant, index) => ({ ...registrant, linkId: link.id, organisationId: cbic, passwordHash, createdAt: daysAgo(3 - index) })),
    skipDuplicates: true,
  });
}
