import "server-only";
import type { Provider, ProviderKind } from "../../generated/prisma/client";
import type { FactoryClient } from "./factory-client";
import { uniqueSuffix } from "./unique-suffix";

export type CreateProviderInput = {
  code?: string;
  name?: string;
  kind?: ProviderKind;
  description?: string | null;
  website?: string | null;
  organisationId?: string | null;
  isActive?: boolean;
};

/** Creates or updates a content provider by code. Idempotent. */
export async function createProvider(prisma: FactoryClient, input: CreateProviderInput = {}): Promise<Provider> {
  const suffix = uniqueSuffix();
  const code = input.code ?? `PRV-${suffix}`;
  const fields = {
    name: input.name ?? `Test Provider ${suffix}`,
    kind: input.kind ?? "TRAINING_INSTITUTE",
    description: input.description ?? null,
    website: input.website ?? null,
    organisationId: input.organisationId ?? null,
    isActive: input.isActive ?? true,
  };
  return prisma.provider.upsert({ where: { code }, create: { code, ...fields }, update: fields });
}
