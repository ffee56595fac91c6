// Who a plan item assigns: the officials of the plan's organisation subtree matching every target
// it names. The same rule runs as one SQL statement at publication
// (lib/server/plan/record-plan-assignments.ts); an integration test holds the two equal.

export const SERVICE_GROUPS = ["A", "B", "C", "D"] as const;
export type ServiceGroupName = (typeof SERVICE_GROUPS)[number];

export type PlanItemTargets = {
  fracRoleId: string | null;
  designation: string | null;
  serviceGroup: ServiceGroupName | null;
  officialId: string | null;
};

export type TargetableOfficial = {
  id: string;
  isActive: boolean;
  isInPlanSubtree: boolean;
  fracRoleIds: readonly string[];
  designation: string | null;
  serviceGroup: ServiceGroupName | null;
};

export function hasAnyTarget(targets: PlanItemTargets): boolean {
  return targets.fracRoleId !== null || targets.designation !== null || targets.serviceGroup !== null || targets.officialId !== null;
}

export function isTargetedBy(official: TargetableOfficial, targets: PlanItemTargets): boolean {
  if (!official.isActive || !official.isInPlanSubtree || !hasAnyTarget(targets)) return false;
  if (targets.fracRoleId !== null && !official.fracRoleIds.includes(targets.fracRoleId)) return false;
  if (targets.designation !== null && official.designation !== targets.designation) return false;
  if (targets.serviceGroup !== null && official.serviceGroup !== targets.serviceGroup) return false;
  if (targets.officialId !== null && official.id !== targets.officialId) return false;
  return true;
}

/** "FRAC role GST Officer · Group B", for the plan page and the CSV. */
export function describeTargets(targets: PlanItemTargets, names: { fracRole?: string | null; official?: string | null }): string {
  const parts: string[] = [];
  if (targets.fracRoleId !== null) parts.push(`FRAC role ${names.fracRole ?? "(removed)"}`);
  if (targets.designation !== null) parts.push(`Designation ${targets.designation}`);
  if (targets.serviceGroup !== null) parts.push(`Group ${targets.serviceGroup}`);
  if (targets.officialId !== null) parts.push(`Official ${names.official ?? "(removed)"}`);
  return parts.join(" · ");
}
