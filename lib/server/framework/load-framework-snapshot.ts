import "server-only";
import type { CompetencyTypeName } from "@/lib/domain/framework/framework-document";
import { foreignCompetencyKey, type FrameworkSnapshot } from "@/lib/domain/framework/framework-state";
import type { DbTransaction } from "@/lib/server/db";

/** The stored ids behind the snapshot's keys, for the writer. */
export type SnapshotIds = {
  /** Competency key (external id, or "<version>::<key>" outside the active version) → id. */
  competencyByKey: Map<string, string>;
  roleByCode: Map<string, string>;
  postByCode: Map<string, string>;
  organisationByCode: Map<string, string>;
};

type Client = Pick<DbTransaction, "competencyFramework" | "competency" | "fracRole" | "fracPosition" | "organisation">;

type CompetencyRef = { id: string; code: string; externalId: string | null; frameworkId: string; framework: { code: string } };

const COMPETENCY_REF = { id: true, code: true, externalId: true, frameworkId: true, framework: { select: { code: true } } } as const;

/**
 * The active version with its competencies, every FRAC role and post, and what an import checks
 * names against — everything the export writes and the import compares with, in one read.
 */
export async function loadFrameworkSnapshot(client: Client): Promise<{ snapshot: FrameworkSnapshot; ids: SnapshotIds }> {
  const framework = await client.competencyFramework.findFirst({
    where: { status: "ACTIVE" },
    select: { id: true, code: true, name: true, description: true, activatedAt: true },
  });
  if (!framework) throw new Error("No active competency framework: the migrations create one.");

  const [competencies, roles, posts, organisations, otherCodes] = await Promise.all([
    client.competency.findMany({
      where: { frameworkId: framework.id },
      select: {
        id: true,
        code: true,
        externalId: true,
        name: true,
        nameHi: true,
        type: true,
        area: true,
        description: true,
        levels: { select: { level: true, name: true, descriptor: true }, orderBy: { level: "asc" } },
      },
    }),
    client.fracRole.findMany({
      select: {
        id: true,
        code: true,
        name: true,
        description: true,
        activities: {
          orderBy: { position: "asc" },
          select: { description: true, competencies: { select: { competency: { select: COMPETENCY_REF } } } },
        },
        competencies: { select: { requiredLevel: true, competency: { select: COMPETENCY_REF } } },
      },
    }),
    client.fracPosition.findMany({
      select: { id: true, code: true, title: true, description: true, organisation: { select: { code: true } }, roles: { select: { role: { select: { code: true } } } } },
    }),
    client.organisation.findMany({ select: { id: true, code: true } }),
    client.competency.findMany({ where: { frameworkId: { not: framework.id } }, select: { code: true } }),
  ]);

  const competencyByKey = new Map<string, string>();
  const keyOf = (competency: CompetencyRef) => {
    const own = competency.externalId ?? competency.code;
    const key = competency.frameworkId === framework.id ? own : foreignCompetencyKey(competency.framework.code, own);
    competencyByKey.set(key, competency.id);
    return key;
  };

  const snapshot: FrameworkSnapshot = {
    framework: { id: framework.id, code: framework.code, name: framework.name, description: framework.description, activatedAt: framework.activatedAt },
    competencies: competencies.map((competency) => {
      const key = competency.externalId ?? competency.code;
      competencyByKey.set(key, competency.id);
      return {
        id: competency.id,
        key,
        code: competency.code,
        name: competency.name,
        nameHi: competency.nameHi,
        type: competency.type as CompetencyTypeName,
        area: competency.area,
        description: competency.description,
        levels: competency.levels,
      };
    }),
    roles: roles.map((role) => ({
      id: role.id,
      code: role.code,
      name: role.name,
      description: role.description,
      activities: role.activities.map((activity) => ({
        description: activity.description,
        competencies: activity.competencies.map((link) => keyOf(link.competency)).sort(),
      })),
      requirements: role.competencies.map((requirement) => ({ competency: keyOf(requirement.competency), level: requirement.requiredLevel })),
    })),
    posts: posts.map((post) => ({
      id: post.id,
      code: post.code,
      title: post.title,
      description: post.description,
      organisation: post.organisation?.code ?? null,
      roles: post.roles.map((link) => link.role.code).sort(),
    })),
    organisationCodes: organisations.map((organisation) => organisation.code),
    reservedCompetencyCodes: otherCodes.map((competency) => competency.code),
  };
  return {
    snapshot,
    ids: {
      competencyByKey,
      roleByCode: new Map(roles.map((role) => [role.code, role.id])),
      postByCode: new Map(posts.map((post) => [post.code, post.id])),
      organisationByCode: new Map(organisations.map((organisation) => [organisation.code, organisation.id])),
    },
  };
}
