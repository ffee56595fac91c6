// Posts of every organisation: the three common posts the demo seed gives each organisation
// (policy and coordination, administration, office support), the seed's own specialist posts
// where the seed has them, and the specialist posts of the organisation's ministry.
import { FRAC_POSITIONS } from "../../../prisma/seed-data/frac-roles";
import { genericPositionCode } from "../../../prisma/seed-data/generic-positions";
import type { Dictionary, ServiceGroupCode } from "./frac-dictionary";
import type { PlannedOrganisation } from "./organisation-plan";

export type PlannedPosition = {
  index: number;
  code: string;
  title: string;
  description: string;
  organisationIndex: number;
  roleCodes: string[];
  group: ServiceGroupCode;
  designation: string;
  isGeneric: boolean;
};

const GENERIC: Record<ServiceGroupCode, { title: string; roleCodes: string[]; designation: string }> = {
  A: { title: "Policy and Coordination Officer", roleCodes: ["ROLE-US-POLICY", "ROLE-CPIO"], designation: "Under Secretary" },
  B: { title: "Section Officer (Administration)", roleCodes: ["ROLE-SO-ESTABLISHMENT"], designation: "Section Officer" },
  C: { title: "Assistant (Administration)", roleCodes: ["ROLE-ASO"], designation: "Senior Secretariat Assistant" },
};

export function planPositions(organisations: readonly PlannedOrganisation[], dictionary: Dictionary): { positions: PlannedPosition[]; byOrganisation: number[][] } {
  const positions: PlannedPosition[] = [];
  const byOrganisation = organisations.map(() => [] as number[]);
  const add = (position: Omit<PlannedPosition, "index">) => {
    const index = positions.length;
    positions.push({ ...position, index });
    byOrganisation[position.organisationIndex]?.push(index);
  };
  const seedPositions = new Map<string, typeof FRAC_POSITIONS>();
  for (const position of FRAC_POSITIONS) seedPositions.set(position.organisationCode, [...(seedPositions.get(position.organisationCode) ?? []), position]);

  for (const organisation of organisations) {
    for (const group of ["A", "B", "C"] as const) {
      const generic = GENERIC[group];
      add({
        code: genericPositionCode(organisation.code, group), title: generic.title, description: `${generic.title}, ${organisation.name}.`,
        organisationIndex: organisation.index, roleCodes: generic.roleCodes, group, designation: generic.designation, isGeneric: true,
      });
    }
    for (const seeded of seedPositions.get(organisation.code) ?? []) {
      if (seeded.group === "D") continue;
      add({
        code: seeded.code, title: seeded.title, description: `${seeded.title}, ${organisation.name}.`, organisationIndex: organisation.index,
        roleCodes: seeded.roleCodes, group: seeded.group, designation: seeded.designation, isGeneric: false,
      });
    }
    const specialists = [
      ...(dictionary.ministryPosts[organisation.ministryIndex] ?? []),
      ...(organisation.fieldParentCode ? (dictionary.fieldParentPosts.get(organisation.fieldParentCode) ?? []) : []),
    ];
    for (const post of specialists) {
      add({
        code: `POS-${organisation.code}-${post.key}`, title: post.title, description: `${post.title}, ${organisation.name}.`,
        organisationIndex: organisation.index, roleCodes: post.roleCodes, group: post.group, designation: post.designation, isGeneric: false,
      });
    }
  }
  return { positions, byOrganisation };
}
