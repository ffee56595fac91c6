import "server-only";
import type { Competency, CompetencyType } from "../../generated/prisma/client";
import { inTransaction, type FactoryClient } from "./factory-client";
import { uniqueSuffix } from "./unique-suffix";

export type CompetencyLevelInput = { level: number; name: string; descriptor: string };

export type CreateCompetencyInput = {
  /** The framework version it belongs to; the active one when omitted. */
  frameworkId?: string;
  /** The id the framework's own publication uses; the code when omitted. */
  externalId?: string | null;
  code?: string;
  name?: string;
  nameHi?: string | null;
  type?: CompetencyType;
  area?: string;
  description?: string;
  /** Exactly five descriptors, levels 1–5; tests may omit them. */
  levels?: CompetencyLevelInput[];
};

const DEFAULT_LEVEL_NAMES = ["Awareness", "Basic application", "Proficient", "Advanced", "Expert"];

/** Creates or updates a competency by code, with its five level descriptors. Idempotent. */
export async function createCompetency(
  prisma: FactoryClient,
  input: CreateCompetencyInput = {},
): Promise<Competency> {
  const suffix = uniqueSuffix();
  const code = input.code ?? `CMP-${suffix}`;
  const name = input.name ?? `Test competency ${suffix}`;
  const levels =
    input.levels ??
    DEFAULT_LEVEL_NAMES.map((levelName, index) => ({
      level: index + 1,
      name: levelName,
      descriptor: `${levelName} in ${name.toLowerCase()}.`,
    }));
  if (levels.length !== 5 || levels.some((level, index) => level.level !== index + 1)) {
    throw new Error(`Competency ${code} needs exactly five levels, numbered 1 to 5.`);
  }
  const fields = {
    name,
    nameHi: input.nameHi ?? null,
    type: input.type ?? "FUNCTIONAL",
    area: input.area ?? "General",
    description: input.description ?? `${name}.`,
  };

  return inTransaction(prisma, async (tx) => {
    const frameworkId =
      input.frameworkId ??
      (await tx.competencyFramework.findFirst({ where: { status: "ACTIVE" }, select: { id: true } }))?.id;
    if (!frameworkId) throw new Error("No active competency framework: run the migrations first.");
    const competency = await tx.competency.upsert({
      where: { code },
      create: { code, frameworkId, externalId: input.externalId === undefined ? code : input.externalId, ...fields },
      update: fields,
    });
    // Replacing the five rows keeps descriptors in step with the source data on a re-run.
    await tx.competencyLevel.deleteMany({ where: { competencyId: competency.id } });
    await tx.competencyLevel.createMany({
      data: levels.map((level) => ({ competencyId: competency.id, ...level })),
    });
    return competency;
  });
}
