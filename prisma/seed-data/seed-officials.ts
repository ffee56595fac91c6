// The workforce: generated officials in bulk (one shared password hash, a LEARNER grant each),
// the demo accounts through the official factory (which repairs them on every run), and the
// reporting lines between all of them.
import type { PrismaClient, Role } from "../../lib/generated/prisma/client";
import { verifyPassword, hashPassword } from "../../lib/server/auth/password";
import { createOfficial, type RoleGrantInput } from "../../lib/server/factories/create-official";
import { insertInChunks } from "./chunks";
import { DEMO_ACCOUNTS, type DemoAccount } from "./demo-accounts";
import { DESIGNATION_RANK, generateOfficials, type OfficialSeed } from "./generate-officials";
import { assignReportingOfficers } from "./reporting-lines";
import type { ReferenceData } from "./seed-reference-data";

export type SeededOfficial = {
  id: string;
  email: string;
  organisationCode: string | null;
  fracPositionCode: string | null;
  reportingOfficerId: string | null;
  isActive: boolean;
};

function grantsFor(account: DemoAccount, refs: ReferenceData): RoleGrantInput[] {
  return account.roles.map((role: Role) => ({
    role,
    organisationId: role === "MDO_ADMIN" ? (refs.organisations.get(account.scope.organisationCode ?? "")?.id ?? null) : null,
    providerId: role === "CONTENT_PROVIDER" ? (refs.providers.get(account.scope.providerCode ?? "") ?? null) : null,
  }));
}

// Argon2id costs ~50 ms a hash: keep a demo account's hash when it still matches, so re-runs stay
// fast and do not churn rows.
async function currentOrNewHash(prisma: PrismaClient, email: string, password: string): Promise<string> {
  const existing = await prisma.user.findUnique({ where: { email }, select: { passwordHash: true } });
  if (existing?.passwordHash && (await verifyPassword(existing.passwordHash, password))) return existing.passwordHash;
  return hashPassword(password);
}

export async function seedOfficials(prisma: PrismaClient, refs: ReferenceData): Promise<Map<string, SeededOfficial>> {
  const generated = generateOfficials();
  const demoAccounts: DemoAccount[] = Object.values(DEMO_ACCOUNTS);
  const idOfOrganisation = (code: string | null) => (code ? (refs.organisations.get(code)?.id ?? null) : null);
  const idOfPosition = (code: string | null) => (code ? (refs.positions.get(code) ?? null) : null);

  // Generated officials sign in with the learner's demo password: hashed once, shared by all.
  const sharedHash = await currentOrNewHash(prisma, DEMO_ACCOUNTS.learner.email, DEMO_ACCOUNTS.learner.password);
  await insertInChunks(generated, (slice) =>
    prisma.user.createMany({
      data: slice.map((official: OfficialSeed) => ({
        email: official.email,
        name: official.name,
        passwordHash: sharedHash,
        employeeCode: official.employeeCode,
        designation: official.designation,
        group: official.group,
        serviceCadre: official.serviceCadre,
        organisationId: idOfOrganisation(official.organisationCode),
        fracPositionId: idOfPosition(official.fracPositionCode),
        preferredLanguage: official.preferredLanguage,
        createdAt: new Date("2025-06-01T00:00:00.000Z"),
      })),
      skipDuplicates: true,
    }),
  );

  const reportingTo = assignReportingOfficers(
    [
      ...generated.map((official) => ({ ...official, isActive: true })),
      ...demoAccounts
        .filter((account) => account.organisationCode !== null)
        .map((account) => ({
          email: account.email,
          organisationCode: account.organisationCode ?? "",
          rank: DESIGNATION_RANK[account.designation] ?? 6,
          isActive: account.status === "ACTIVE",
        })),
    ],
    (code) => refs.organisations.get(code)?.parentCode ?? null,
  );

  const idsByEmail = async () =>
    new Map(
      (
        await prisma.user.findMany({
          where: { email: { in: [...generated.map((o) => o.email), ...demoAccounts.map((a) => a.email)] } },
          select: { id: true, email: true, reportingOfficerId: true },
        })
      ).map((user) => [user.email, user]),
    );

  let users = await idsByEmail();
  for (const account of demoAccounts) {
    const supervisorEmail = reportingTo.get(account.email);
    await createOfficial(prisma, {
      email: account.email,
      name: account.name,
      passwordHash: await currentOrNewHash(prisma, account.email, account.password),
      employeeCode: account.employeeCode,
      designation: account.designation,
      group: account.group,
      serviceCadre: account.serviceCadre,
      organisationId: idOfOrganisation(account.organisationCode),
      fracPositionId: idOfPosition(account.fracPositionCode),
      reportingOfficerId: supervisorEmail ? (users.get(supervisorEmail)?.id ?? null) : null,
      status: account.status,
      preferredLanguage: account.preferredLanguage,
      roles: grantsFor(account, refs),
    });
  }

  users = await idsByEmail();
  await insertInChunks(generated, (slice) =>
    prisma.userRole.createMany({
      data: slice.flatMap((official) => {
        const id = users.get(official.email)?.id;
        return id ? [{ userId: id, role: "LEARNER" as const }] : [];
      }),
      skipDuplicates: true,
    }),
  );

  // Reporting lines, grouped by supervisor so ~60 statements cover everyone; only rows that
  // differ are touched, so a re-run writes nothing.
  const bySupervisor = new Map<string | null, string[]>();
  for (const [email, supervisorEmail] of reportingTo) {
    const user = users.get(email);
    const supervisorId = supervisorEmail ? (users.get(supervisorEmail)?.id ?? null) : null;
    if (!user || user.reportingOfficerId === supervisorId) continue;
    bySupervisor.set(supervisorId, [...(bySupervisor.get(supervisorId) ?? []), user.id]);
    user.reportingOfficerId = supervisorId;
  }
  for (const [supervisorId, ids] of bySupervisor) {
    await prisma.user.updateMany({ where: { id: { in: ids } }, data: { reportingOfficerId: supervisorId } });
  }

  const seeded = new Map<string, SeededOfficial>();
  for (const official of [...generated, ...demoAccounts]) {
    const user = users.get(official.email);
    if (!user) continue;
    seeded.set(official.email, {
      id: user.id,
      email: official.email,
      organisationCode: official.organisationCode,
      fracPositionCode: official.fracPositionCode,
      reportingOfficerId: user.reportingOfficerId,
      isActive: !("status" in official) || official.status === "ACTIVE",
    });
  }
  return seeded;
}
