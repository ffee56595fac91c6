import "server-only";
import type { Language, Role, ServiceGroup, User, UserStatus } from "../../generated/prisma/client";
import { hashPassword } from "../auth/password";
import { inTransaction, type FactoryClient } from "./factory-client";
import { uniqueSuffix } from "./unique-suffix";

export type RoleGrantInput = { role: Role; organisationId?: string | null; providerId?: string | null };

export type CreateOfficialInput = {
  email?: string;
  name?: string;
  /** Hashed here with the app's own Argon2id settings (~50 ms); pass passwordHash to reuse one. */
  password?: string;
  passwordHash?: string | null;
  employeeCode?: string | null;
  designation?: string | null;
  group?: ServiceGroup | null;
  serviceCadre?: string | null;
  organisationId?: string | null;
  fracPositionId?: string | null;
  reportingOfficerId?: string | null;
  status?: UserStatus;
  preferredLanguage?: Language;
  /** The official ends up holding exactly these grants; LEARNER alone by default. */
  roles?: RoleGrantInput[];
};

/**
 * Creates an official, or brings the one with this email back to the given state (fields,
 * password and role grants) — which is how the seed repairs demo accounts a demo has altered.
 */
export async function createOfficial(prisma: FactoryClient, input: CreateOfficialInput = {}): Promise<User> {
  const suffix = uniqueSuffix();
  // The database refuses mixed-case emails (CHECK email = lower(email)).
  const email = (input.email ?? `official.${suffix}@test.kaushal.gov.in`).toLowerCase();
  const passwordHash =
    input.password !== undefined ? await hashPassword(input.password) : (input.passwordHash ?? null);
  const fields = {
    name: input.name ?? `Test Official ${suffix}`,
    passwordHash,
    employeeCode: input.employeeCode ?? null,
    designation: input.designation ?? null,
    group: input.group ?? null,
    serviceCadre: input.serviceCadre ?? null,
    organisationId: input.organisationId ?? null,
    fracPositionId: input.fracPositionId ?? null,
    reportingOfficerId: input.reportingOfficerId ?? null,
    status: input.status ?? "ACTIVE",
    preferredLanguage: input.preferredLanguage ?? "EN",
  };
  const grants = (input.roles ?? [{ role: "LEARNER" }]).map((grant) => ({
    role: grant.role,
    organisationId: grant.organisationId ?? null,
    providerId: grant.providerId ?? null,
  }));

  return inTransaction(prisma, async (tx) => {
    const official = await tx.user.upsert({ where: { email }, create: { email, ...fields }, update: fields });
    const existing = await tx.userRole.findMany({ where: { userId: official.id } });
    const isWanted = (row: (typeof grants)[number]) => (candidate: (typeof grants)[number]) =>
      candidate.role === row.role &&
      candidate.organisationId === row.organisationId &&
      candidate.providerId === row.providerId;
    const stale = existing.filter((row) => !grants.some(isWanted(row)));
    const missing = grants.filter((grant) => !existing.some(isWanted(grant)));
    if (stale.length > 0) await tx.userRole.deleteMany({ where: { id: { in: stale.map((row) => row.id) } } });
    if (missing.length > 0) {
      await tx.userRole.createMany({ data: missing.map((grant) => ({ userId: official.id, ...grant })) });
    }
    if (stale.length > 0 || (missing.length > 0 && existing.length > 0)) {
      // A changed grant must reach signed-in sessions on their next request.
      return tx.user.update({ where: { id: official.id }, data: { sessionVersion: { increment: 1 } } });
    }
    return official;
  });
}
