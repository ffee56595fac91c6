import "server-only";
import type { Organisation, OrganisationKind } from "../../generated/prisma/client";
import { inTransaction, type FactoryClient } from "./factory-client";
import { uniqueSuffix } from "./unique-suffix";

export type CreateOrganisationInput = {
  code?: string;
  name?: string;
  nameHi?: string | null;
  kind?: OrganisationKind;
  parentId?: string | null;
};

/**
 * Creates an organisation under its parent, or updates the names of the one with this code, and
 * makes sure its closure rows exist: (self, self, 0) plus one row per ancestor of the parent.
 * Idempotent. Moving an existing node to another parent is not handled here: that rewrites the
 * closure rows of a whole subtree and belongs to its own use-case.
 */
export async function createOrganisation(
  prisma: FactoryClient,
  input: CreateOrganisationInput = {},
): Promise<Organisation> {
  const suffix = uniqueSuffix();
  const code = input.code ?? `ORG-${suffix}`;
  const parentId = input.parentId ?? null;

  return inTransaction(prisma, async (tx) => {
    const parent = parentId ? await tx.organisation.findUniqueOrThrow({ where: { id: parentId } }) : null;
    const organisation = await tx.organisation.upsert({
      where: { code },
      create: {
        code,
        name: input.name ?? `Test Organisation ${suffix}`,
        nameHi: input.nameHi ?? null,
        kind: input.kind ?? (parent ? "ORGANISATION" : "MINISTRY"),
        parentId,
        depth: parent ? parent.depth + 1 : 0,
      },
      update: {
        ...(input.name !== undefined && { name: input.name }),
        ...(input.nameHi !== undefined && { nameHi: input.nameHi }),
      },
    });

    const parentAncestors = parent
      ? await tx.organisationClosure.findMany({
          where: { descendantId: parent.id },
          select: { ancestorId: true, depth: true },
        })
      : [];
    await tx.organisationClosure.createMany({
      data: [
        { ancestorId: organisation.id, descendantId: organisation.id, depth: 0 },
        ...parentAncestors.map((row) => ({
          ancestorId: row.ancestorId,
          descendantId: organisation.id,
          depth: row.depth + 1,
        })),
      ],
      skipDuplicates: true,
    });
    return organisation;
  });
}
