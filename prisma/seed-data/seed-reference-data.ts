// Organisations (with closure rows), the competency dictionary, FRAC roles and posts, and
// providers: everything keyed by a natural code, created or updated through the factories.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createCompetency } from "../../lib/server/factories/create-competency";
import { createFracPosition } from "../../lib/server/factories/create-frac-position";
import { createFracRole } from "../../lib/server/factories/create-frac-role";
import { createOrganisation } from "../../lib/server/factories/create-organisation";
import { createProvider } from "../../lib/server/factories/create-provider";
import { forEachInTransactions } from "./chunks";
import { COMPETENCIES, describeLevels } from "./competencies";
import { FRAC_ROLES } from "./frac-roles";
import { allFracPositions } from "./generic-positions";
import { flattenOrganisationTree } from "./organisations";
import { PROVIDERS } from "./providers";

export type SeededOrganisation = { id: string; code: string; name: string; depth: number; parentCode: string | null };

export type ReferenceData = {
  organisations: Map<string, SeededOrganisation>;
  competencies: Map<string, string>;
  roles: Map<string, string>;
  positions: Map<string, string>;
  providers: Map<string, string>;
};

function idOf(map: Map<string, string>, code: string, what: string): string {
  const id = map.get(code);
  if (!id) throw new Error(`Seed data refers to unknown ${what} ${code}`);
  return id;
}

export async function seedReferenceData(prisma: PrismaClient): Promise<ReferenceData> {
  const organisations = new Map<string, SeededOrganisation>();
  await forEachInTransactions(prisma, flattenOrganisationTree(), async (tx, node) => {
    const parent = node.parentCode ? organisations.get(node.parentCode) : undefined;
    const row = await createOrganisation(tx, {
      code: node.code,
      name: node.name,
      nameHi: node.nameHi ?? null,
      kind: node.kind,
      parentId: parent?.id ?? null,
    });
    organisations.set(node.code, { id: row.id, code: node.code, name: node.name, depth: row.depth, parentCode: node.parentCode });
  });

  const competencies = new Map<string, string>();
  await forEachInTransactions(prisma, COMPETENCIES, async (tx, seed) => {
    const row = await createCompetency(tx, {
      code: seed.code,
      name: seed.name,
      nameHi: seed.nameHi ?? null,
      type: seed.type,
      area: seed.area,
      description: seed.description,
      levels: describeLevels(seed),
    });
    competencies.set(seed.code, row.id);
  });

  const roles = new Map<string, string>();
  await forEachInTransactions(prisma, FRAC_ROLES, async (tx, seed) => {
    const row = await createFracRole(tx, {
      code: seed.code,
      name: seed.name,
      description: seed.description,
      activities: seed.activities.map(([description, codes]) => ({
        description,
        competencyIds: codes.map((code) => idOf(competencies, code, "competency")),
      })),
      requirements: Object.entries(seed.requires).map(([code, requiredLevel]) => ({
        competencyId: idOf(competencies, code, "competency"),
        requiredLevel,
      })),
    });
    roles.set(seed.code, row.id);
  });

  const positions = new Map<string, string>();
  await forEachInTransactions(prisma, allFracPositions(), async (tx, seed) => {
    const organisation = organisations.get(seed.organisationCode);
    if (!organisation) throw new Error(`Post ${seed.code} refers to unknown organisation ${seed.organisationCode}`);
    const row = await createFracPosition(tx, {
      code: seed.code,
      title: seed.title,
      description: `${seed.title}, ${organisation.name}.`,
      organisationId: organisation.id,
      roleIds: seed.roleCodes.map((code) => idOf(roles, code, "FRAC role")),
    });
    positions.set(seed.code, row.id);
  });

  const providers = new Map<string, string>();
  await forEachInTransactions(prisma, PROVIDERS, async (tx, seed) => {
    const row = await createProvider(tx, {
      code: seed.code,
      name: seed.name,
      kind: seed.kind,
      description: seed.description,
      website: seed.website,
      organisationId: seed.organisationCode ? (organisations.get(seed.organisationCode)?.id ?? null) : null,
    });
    providers.set(seed.code, row.id);
  });

  return { organisations, competencies, roles, positions, providers };
}
