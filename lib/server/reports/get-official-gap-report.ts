import "server-only";
import { forbidden, notFound } from "next/navigation";
import { z } from "zod";
import { countsTowardHeldLevel, type EvidenceSource } from "@/lib/domain/competency/held-level";
import { assessRequirements, readinessOf, strictestRequirements, type Readiness } from "@/lib/domain/competency/requirement-status";
import type { CurrentUser } from "@/lib/domain/roles";
import { hasWholeGovernmentScope, organisationScopeFilter } from "@/lib/server/auth/scope";
import { dbRead } from "@/lib/server/db-read";

export type OfficialEvidence = {
  id: string;
  level: number;
  source: EvidenceSource;
  evidence: string;
  awardedAt: Date;
  awardedByName: string | null;
  revokedAt: Date | null;
  revokeReason: string | null;
  counts: boolean;
};

export type OfficialRequirementRow = {
  competencyId: string;
  name: string;
  type: string;
  required: number;
  held: number;
  gap: number;
  selfDeclared: number | null;
  levelNames: Record<number, string>;
  evidence: OfficialEvidence[];
};

export type OfficialGapReport = {
  official: {
    id: string;
    name: string;
    email: string;
    designation: string | null;
    group: string | null;
    serviceCadre: string | null;
    organisation: { id: string; name: string } | null;
    position: { title: string; roleNames: string[] } | null;
  };
  readiness: Readiness;
  /** Requirements, largest gap first, then met ones by name. */
  requirements: OfficialRequirementRow[];
  /** Held competencies the post does not require. */
  otherHeld: { competencyId: string; name: string; held: number }[];
};

const EVIDENCE_LIMIT = 300;
const NAME_ORDER = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/**
 * One official's competency-gap report for a report reader: an analyst (anyone), an MDO admin
 * (officials of their subtree). Anyone else — or an official outside the subtree, or an id that
 * matches nobody — gets the same 403, so the page says nothing about who exists.
 */
export async function getOfficialGapReport(viewer: Pick<CurrentUser, "grants">, officialId: string): Promise<OfficialGapReport> {
  const isGovernmentViewer = hasWholeGovernmentScope(viewer, "read");
  if (!z.uuid().safeParse(officialId).success) {
    if (isGovernmentViewer) notFound();
    forbidden();
  }
  const official = await dbRead.user.findFirst({
    where: { id: officialId, ...(isGovernmentViewer ? {} : organisationScopeFilter(viewer, "read")) },
    select: {
      id: true,
      name: true,
      email: true,
      designation: true,
      group: true,
      serviceCadre: true,
      organisation: { select: { id: true, name: true } },
      fracPosition: {
        select: {
          title: true,
          roles: { select: { role: { select: { name: true, competencies: { select: { competencyId: true, requiredLevel: true } } } } } },
        },
      },
    },
  });
  if (!official) {
    if (isGovernmentViewer) notFound();
    forbidden();
  }

  const roles = official.fracPosition?.roles.map(({ role }) => role) ?? [];
  const required = strictestRequirements(roles.flatMap((role) => role.competencies));
  const [held, selfAssessments, entries] = await Promise.all([
    dbRead.officialCompetency.findMany({ where: { userId: official.id }, select: { competencyId: true, level: true } }),
    dbRead.selfAssessment.findMany({ where: { userId: official.id }, select: { competencyId: true, level: true } }),
    dbRead.passbookEntry.findMany({
      where: { userId: official.id },
      orderBy: [{ awardedAt: "desc" }, { id: "desc" }],
      take: EVIDENCE_LIMIT,
      select: { id: true, competencyId: true, level: true, source: true, evidence: true, awardedAt: true, revokedAt: true, revokeReason: true, awardedBy: { select: { name: true } } },
    }),
  ]);
  const heldLevels = new Map(held.map((row) => [row.competencyId, row.level]));
  const competencyIds = [...new Set([...required.keys(), ...heldLevels.keys()])];
  const competencies = await dbRead.competency.findMany({
    where: { id: { in: competencyIds } },
    select: { id: true, name: true, type: true, levels: { select: { level: true, name: true } } },
  });
  const info = new Map(competencies.map((competency) => [competency.id, competency]));
  const selfLevels = new Map(selfAssessments.map((row) => [row.competencyId, row.level]));
  const evidenceBy = new Map<string, OfficialEvidence[]>();
  for (const entry of entries) {
    const list = evidenceBy.get(entry.competencyId) ?? [];
    list.push({
      id: entry.id,
      level: entry.level,
      source: entry.source,
      evidence: entry.evidence,
      awardedAt: entry.awardedAt,
      awardedByName: entry.awardedBy?.name ?? null,
      revokedAt: entry.revokedAt,
      revokeReason: entry.revokeReason,
      counts: countsTowardHeldLevel(entry),
    });
    evidenceBy.set(entry.competencyId, list);
  }

  const statuses = assessRequirements(required, heldLevels);
  const rows: OfficialRequirementRow[] = statuses.flatMap((status) => {
    const competency = info.get(status.competencyId);
    if (!competency) return [];
    return [
      {
        competencyId: status.competencyId,
        name: competency.name,
        type: competency.type,
        required: status.required,
        held: status.held,
        gap: status.gap,
        selfDeclared: selfLevels.get(status.competencyId) ?? null,
        levelNames: Object.fromEntries(competency.levels.map((level) => [level.level, level.name])),
        evidence: evidenceBy.get(status.competencyId) ?? [],
      },
    ];
  });
  rows.sort((a, b) => b.gap - a.gap || NAME_ORDER.compare(a.name, b.name));

  return {
    official: {
      id: official.id,
      name: official.name,
      email: official.email,
      designation: official.designation,
      group: official.group,
      serviceCadre: official.serviceCadre,
      organisation: official.organisation,
      position: official.fracPosition ? { title: official.fracPosition.title, roleNames: roles.map((role) => role.name) } : null,
    },
    readiness: readinessOf(statuses),
    requirements: rows,
    otherHeld: held
      .filter((row) => !required.has(row.competencyId))
      .flatMap((row) => {
        const competency = info.get(row.competencyId);
        return competency ? [{ competencyId: row.competencyId, name: competency.name, held: row.level }] : [];
      })
      .sort((a, b) => NAME_ORDER.compare(a.name, b.name)),
  };
}
