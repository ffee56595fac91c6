// Besides the specialist posts in frac-roles.ts, every organisation has three common posts
// (policy and coordination, administration, office support) so that every official of
// groups A to C sits in a post mapped to FRAC roles.
import { FRAC_POSITIONS, type FracPositionSeed } from "./frac-roles";
import { flattenOrganisationTree } from "./organisations";

export function genericPositionCode(organisationCode: string, group: "A" | "B" | "C"): string {
  return `POS-${organisationCode}-GEN-${group}`;
}

export function allFracPositions(): FracPositionSeed[] {
  const generic = flattenOrganisationTree().flatMap((organisation): FracPositionSeed[] => [
    { code: genericPositionCode(organisation.code, "A"), title: "Policy and Coordination Officer", organisationCode: organisation.code, roleCodes: ["ROLE-US-POLICY", "ROLE-CPIO"], designation: "Under Secretary", group: "A" },
    { code: genericPositionCode(organisation.code, "B"), title: "Section Officer (Administration)", organisationCode: organisation.code, roleCodes: ["ROLE-SO-ESTABLISHMENT"], designation: "Section Officer", group: "B" },
    { code: genericPositionCode(organisation.code, "C"), title: "Assistant (Administration)", organisationCode: organisation.code, roleCodes: ["ROLE-ASO"], designation: "Senior Secretariat Assistant", group: "C" },
  ]);
  return [...FRAC_POSITIONS, ...generic];
}
