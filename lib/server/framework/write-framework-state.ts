import "server-only";
import type { FrameworkSnapshot, FrameworkState, StateCompetency } from "@/lib/domain/framework/framework-state";
import { newId } from "@/lib/server/factories/new-id";
import type { DbTransaction } from "@/lib/server/db";
import type { SnapshotIds } from "./load-framework-snapshot";

// Writes the difference between the stored framework and the target state an import planned.
// Rows are compared by their stored ids, so this serves an update (same competencies) and a new
// version (roles moving to new competencies) alike. Requirement and post-role rows go in one
// delete and one insert each: statement-level triggers rebuild the gap roll-up per statement.

type Tx = DbTransaction;

export type WriteResult = { competencyIds: Map<string, string>; renamedCompetencyIds: string[] };

const pairKey = (a: string, b: string) => `${a}:${b}`;

function sameCompetencyFields(a: StateCompetency, b: StateCompetency): boolean {
  return a.code === b.code && a.name === b.name && a.nameHi === b.nameHi && a.type === b.type && a.area === b.area && a.description === b.description;
}

export async function writeFrameworkState(
  tx: Tx,
  input: {
    snapshot: FrameworkSnapshot;
    ids: SnapshotIds;
    target: FrameworkState;
    /** The version the target's competencies belong to (the active one, or a new one). */
    frameworkId: string;
    isNewVersion: boolean;
    /** Ids for the new version's competencies, chosen beforehand so carry-over rows can name them. */
    newCompetencyIdOf: (key: string) => string;
  },
): Promise<WriteResult> {
  const { snapshot, ids, target } = input;

  // ── Competencies ──
  const stored = new Map(snapshot.competencies.map((competency) => [competency.key, competency]));
  const competencyIds = new Map<string, string>();
  const created: (StateCompetency & { id: string })[] = [];
  const renamedCompetencyIds: string[] = [];
  for (const competency of target.competencies) {
    const existing = input.isNewVersion ? undefined : stored.get(competency.key);
    if (!existing?.id) {
      const id = input.newCompetencyIdOf(competency.key);
      competencyIds.set(competency.key, id);
      created.push({ ...competency, id });
      continue;
    }
    competencyIds.set(competency.key, existing.id);
    if (!sameCompetencyFields(existing, competency)) {
      await tx.competency.update({
        where: { id: existing.id },
        data: { code: competency.code, name: competency.name, nameHi: competency.nameHi, type: competency.type, area: competency.area, description: competency.description },
        select: { id: true },
      });
      if (existing.name !== competency.name || existing.nameHi !== competency.nameHi) renamedCompetencyIds.push(existing.id);
    }
    const oldLevels = new Map(existing.levels.map((level) => [level.level, level]));
    for (const level of competency.levels) {
      const old = oldLevels.get(level.level);
      if (old && old.name === level.name && old.descriptor === level.descriptor) continue;
      await tx.competencyLevel.upsert({
        where: { competencyId_level: { competencyId: existing.id, level: level.level } },
        create: { competencyId: existing.id, ...level },
        update: { name: level.name, descriptor: level.descriptor },
        select: { level: true },
      });
    }
  }
  if (created.length > 0) {
    await tx.competency.createMany({
      data: created.map((competency) => ({
        id: competency.id,
        frameworkId: input.frameworkId,
        externalId: competency.key,
        code: competency.code,
        name: competency.name,
        nameHi: competency.nameHi,
        type: competency.type,
        area: competency.area,
        description: competency.description,
      })),
    });
    await tx.competencyLevel.createMany({
      data: created.flatMap((competency) => competency.levels.map((level) => ({ competencyId: competency.id, ...level }))),
    });
  }

  // ── Roles ──
  const storedRoles = new Map(snapshot.roles.map((role) => [role.code, role]));
  const roleIds = new Map(ids.roleByCode);
  const newRoles = target.roles.filter((role) => !roleIds.has(role.code));
  for (const role of newRoles) roleIds.set(role.code, newId());
  if (newRoles.length > 0) {
    await tx.fracRole.createMany({
      data: newRoles.map((role) => ({ id: roleIds.get(role.code) ?? newId(), code: role.code, name: role.name, description: role.description })),
    });
  }
  for (const role of target.roles) {
    const old = storedRoles.get(role.code);
    if (old?.id && (old.name !== role.name || old.description !== role.description)) {
      await tx.fracRole.update({ where: { id: old.id }, data: { name: role.name, description: role.description }, select: { id: true } });
    }
  }

  const currentCompetencyId = (key: string) => ids.competencyByKey.get(key) ?? "";
  const targetCompetencyId = (key: string) => competencyIds.get(key) ?? "";
  const roleId = (code: string) => roleIds.get(code) ?? "";

  const current = new Map(
    snapshot.roles.flatMap((role) => role.requirements.map((r) => [pairKey(roleId(role.code), currentCompetencyId(r.competency)), r.level] as const)),
  );
  const desired = new Map(
    target.roles.flatMap((role) => role.requirements.map((r) => [pairKey(roleId(role.code), targetCompetencyId(r.competency)), r.level] as const)),
  );
  const stale = [...current].filter(([key, level]) => desired.get(key) !== level).map(([key]) => key);
  const fresh = [...desired].filter(([key, level]) => current.get(key) !== level);
  if (stale.length > 0) {
    await tx.roleCompetency.deleteMany({
      where: { OR: stale.map((key) => ({ roleId: key.split(":")[0] ?? "", competencyId: key.split(":")[1] ?? "" })) },
    });
  }
  if (fresh.length > 0) {
    await tx.roleCompetency.createMany({
      data: fresh.map(([key, requiredLevel]) => ({ roleId: key.split(":")[0] ?? "", competencyId: key.split(":")[1] ?? "", requiredLevel })),
    });
  }

  // Activities: a role whose list differs gets it replaced as a whole (nothing else points at them).
  const activitiesOf = (activities: FrameworkState["roles"][number]["activities"], idOf: (key: string) => string) =>
    JSON.stringify(activities.map((activity) => [activity.description, activity.competencies.map(idOf).sort()]));
  const changedActivities = target.roles.filter((role) => {
    const old = storedRoles.get(role.code);
    return activitiesOf(old?.activities ?? [], currentCompetencyId) !== activitiesOf(role.activities, targetCompetencyId);
  });
  if (changedActivities.length > 0) {
    await tx.fracActivity.deleteMany({ where: { roleId: { in: changedActivities.map((role) => roleId(role.code)) } } });
    const activities = changedActivities.flatMap((role) =>
      role.activities.map((activity, index) => ({ id: newId(), roleId: roleId(role.code), position: index + 1, description: activity.description, competencies: activity.competencies })),
    );
    if (activities.length > 0) {
      await tx.fracActivity.createMany({ data: activities.map(({ id, roleId: owner, position, description }) => ({ id, roleId: owner, position, description })) });
      const links = activities.flatMap((activity) => activity.competencies.map((key) => ({ activityId: activity.id, competencyId: targetCompetencyId(key) })));
      if (links.length > 0) await tx.activityCompetency.createMany({ data: links });
    }
  }

  // ── Posts ──
  const storedPosts = new Map(snapshot.posts.map((post) => [post.code, post]));
  const postIds = new Map(ids.postByCode);
  const organisationId = (code: string | null) => (code ? (ids.organisationByCode.get(code) ?? null) : null);
  const newPosts = target.posts.filter((post) => !postIds.has(post.code));
  for (const post of newPosts) postIds.set(post.code, newId());
  if (newPosts.length > 0) {
    await tx.fracPosition.createMany({
      data: newPosts.map((post) => ({
        id: postIds.get(post.code) ?? newId(),
        code: post.code,
        title: post.title,
        description: post.description,
        organisationId: organisationId(post.organisation),
      })),
    });
  }
  for (const post of target.posts) {
    const old = storedPosts.get(post.code);
    if (old?.id && (old.title !== post.title || old.description !== post.description || old.organisation !== post.organisation)) {
      await tx.fracPosition.update({
        where: { id: old.id },
        data: { title: post.title, description: post.description, organisationId: organisationId(post.organisation) },
        select: { id: true },
      });
    }
  }
  const postId = (code: string) => postIds.get(code) ?? "";
  const currentLinks = new Set(snapshot.posts.flatMap((post) => post.roles.map((role) => pairKey(postId(post.code), roleId(role)))));
  const desiredLinks = new Set(target.posts.flatMap((post) => post.roles.map((role) => pairKey(postId(post.code), roleId(role)))));
  const removedLinks = [...currentLinks].filter((key) => !desiredLinks.has(key));
  const addedLinks = [...desiredLinks].filter((key) => !currentLinks.has(key));
  if (removedLinks.length > 0) {
    await tx.fracPositionRole.deleteMany({
      where: { OR: removedLinks.map((key) => ({ positionId: key.split(":")[0] ?? "", roleId: key.split(":")[1] ?? "" })) },
    });
  }
  if (addedLinks.length > 0) {
    await tx.fracPositionRole.createMany({ data: addedLinks.map((key) => ({ positionId: key.split(":")[0] ?? "", roleId: key.split(":")[1] ?? "" })) });
  }

  return { competencyIds, renamedCompetencyIds };
}
