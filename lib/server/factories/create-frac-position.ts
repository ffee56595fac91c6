import "server-only";
import type { FracPosition } from "../../generated/prisma/client";
import { inTransaction, type FactoryClient } from "./factory-client";
import { uniqueSuffix } from "./unique-suffix";

export type CreateFracPositionInput = {
  code?: string;
  title?: string;
  description?: string | null;
  organisationId?: string | null;
  roleIds?: string[];
};

/** Creates or updates a post by code and makes sure it carries the given FRAC roles. Idempotent. */
export async function createFracPosition(
  prisma: FactoryClient,
  input: CreateFracPositionInput = {},
): Promise<FracPosition> {
  const suffix = uniqueSuffix();
  const code = input.code ?? `POS-${suffix}`;
  const fields = {
    title: input.title ?? `Test post ${suffix}`,
    description: input.description ?? null,
    organisationId: input.organisationId ?? null,
  };
  return inTransaction(prisma, async (tx) => {
    const position = await tx.fracPosition.upsert({ where: { code }, create: { code, ...fields }, update: fields });
    await tx.fracPositionRole.createMany({
      data: (input.roleIds ?? []).map((roleId) => ({ positionId: position.id, roleId })),
      skipDuplicates: true,
    });
    return position;
  });
}
