// The competency dictionary and FRAC roles of the synthetic government: the demo seed's
// dictionary and roles, plus one domain competency per ministry that has none in the seed, and
// two or three roles per ministry (an officer, for the larger ministries a supervisor, and an
// assistant) requiring that domain and the functional and behavioural competencies around it.
import type { CompetencyType } from "../../generated/prisma/client";
import { COMPETENCIES, describeLevels } from "../../../prisma/seed-data/competencies";
import { FRAC_ROLES } from "../../../prisma/seed-data/frac-roles";
import { MINISTRIES, type MinistrySpec } from "./ministries";
import { createRng } from "./rng";

export type PlannedCompetency = {
  code: string;
  name: string;
  nameHi: string | null;
  type: CompetencyType;
  area: string;
  description: string;
  levels: { level: number; name: string; descriptor: string }[];
};

export type PlannedRole = {
  code: string;
  name: string;
  description: string;
  activities: { description: string; competencyCodes: string[] }[];
  /** Competency code → required level (1–5). */
  requires: Map<string, number>;
};

export type ServiceGroupCode = "A" | "B" | "C";

/** A specialist post an organisation can have: which role it carries and who holds it. */
export type SpecialistPost = { key: string; roleCodes: string[]; group: ServiceGroupCode; designation: string; title: string };

export type Dictionary = {
  competencies: PlannedCompetency[];
  roles: PlannedRole[];
  /** Posts every organisation of a ministry has, by ministry index. */
  ministryPosts: SpecialistPost[][];
  /** Posts of the seed's specialist roles that field offices opened under a seeded node also have. */
  fieldParentPosts: ReadonlyMap<string, SpecialistPost[]>;
};

/** Ministries ranked above this get a supervisor role as well as an officer and an assistant. */
export const SUPERVISOR_ROLE_RANKS = 20;

const FUNCTIONAL_FOCUS = ["FUN-PROJECT", "FUN-PROCUREMENT", "FUN-FINANCE", "FUN-DATA", "FUN-STAKEHOLDER", "FUN-POLICY", "FUN-MONITORING", "FUN-CONTRACT", "FUN-GRIEVANCE", "FUN-TRAINING"];

function domainName(spec: MinistrySpec): string {
  if ("name" in spec.domain) return spec.domain.name;
  const code = spec.domain.code;
  const seeded = COMPETENCIES.find((competency) => competency.code === code);
  if (!seeded) throw new Error(`${spec.code} names unknown competency ${code}`);
  return seeded.name;
}

function ministryCompetency(spec: MinistrySpec): PlannedCompetency | null {
  if (!("name" in spec.domain)) return null;
  const { code, name, nameHi, area } = spec.domain;
  const subject = name.toLowerCase();
  const phrases = {
    knows: `the laws, rules and procedures of ${subject} and the systems the ${spec.name} runs for it`,
    does: `applies those rules to everyday cases and operations in ${subject} and keeps the records straight`,
    leads: `shapes ${subject} policy, standards and practice`,
  };
  return {
    code, name, nameHi, type: "DOMAIN", area,
    description: `Knowledge and practice of ${subject} in the ${spec.name}: the rules, systems and judgement its work needs.`,
    levels: describeLevels({ code, name, nameHi, type: "DOMAIN", area, description: "", ...phrases }),
  };
}

function ministryRoles(spec: MinistrySpec, rank: number, seed: number): { roles: PlannedRole[]; posts: SpecialistPost[] } {
  const rng = createRng("ministry-roles", seed, rank);
  const domain = spec.domain.code;
  const subject = domainName(spec);
  const lower = subject.toLowerCase();
  const [focus, second] = rng.sample(FUNCTIONAL_FOCUS.filter((code) => code !== domain), 2) as [string, string];
  const designations = { A: "Deputy Director", B: "Superintendent", C: "Assistant", ...spec.designations };
  const role = (suffix: string, name: string, description: string, activities: [string, string[]][], requires: [string, number][]): PlannedRole => ({
    code: `ROLE-${spec.code}-${suffix}`,
    name,
    description,
    activities: activities.map(([text, codes]) => ({ description: text, competencyCodes: codes })),
    requires: new Map(requires),
  });
  const roles = [
    role("OFFICER", `${subject} Officer`, `Heads ${lower} work in an office of the ${spec.name}: plans it, decides the difficult cases and leads the team.`, [
      [`Plans, reviews and reports on ${lower} work across the office`, [domain, focus]],
      [`Decides complex ${lower} cases and records the reasons on file`, [domain, "BEH-DECISION", "BEH-INTEGRITY"]],
      ["Leads and develops the officers and staff of the unit", ["BEH-LEADERSHIP", second]],
    ], [[domain, rng.int(3, 4)], [focus, 3], [second, rng.int(2, 3)], ["BEH-LEADERSHIP", 3], ["BEH-DECISION", 3], ["BEH-INTEGRITY", rng.int(3, 4)]]),
  ];
  const posts: SpecialistPost[] = [{ key: "OFFICER", roleCodes: [`ROLE-${spec.code}-OFFICER`], group: "A", designation: designations.A, title: `${designations.A}, ${subject}` }];
  if (rank < SUPERVISOR_ROLE_RANKS) {
    roles.push(role("SUPERVISOR", `${subject} Supervisor`, `Supervises a section doing ${lower} work: allocates cases, watches pendency and guides the assistants.`, [
      [`Supervises day-to-day ${lower} work and monitors pendency`, [domain, "FUN-MONITORING", "BEH-PLANNING"]],
      ["Allocates work in the section and keeps files moving in e-Office", ["FUN-EOFFICE", "BEH-TEAMWORK"]],
    ], [[domain, 3], [focus, 2], ["FUN-MONITORING", 2], ["FUN-EOFFICE", 2], ["BEH-PLANNING", 2], ["BEH-TEAMWORK", rng.int(2, 3)]]));
    posts.push({ key: "SUPERVISOR", roleCodes: [`ROLE-${spec.code}-SUPERVISOR`], group: "B", designation: designations.B, title: `${designations.B}, ${subject}` });
  }
  roles.push(role("ASSISTANT", `${subject} Assistant`, `Processes ${lower} cases, keeps the records and answers the public and field offices.`, [
    [`Processes ${lower} cases and maintains records`, [domain, "FUN-NOTING"]],
    ["Answers queries from citizens and field offices", ["BEH-CITIZEN", "BEH-COMMUNICATION"]],
    ["Uses the ministry's systems and portals for daily work", ["FUN-DIGITAL"]],
  ], [[domain, 2], ["FUN-DIGITAL", 2], ["FUN-NOTING", rng.int(1, 2)], ["BEH-CITIZEN", 2], ["BEH-COMMUNICATION", rng.int(1, 2)]]));
  posts.push({ key: "ASSISTANT", roleCodes: [`ROLE-${spec.code}-ASSISTANT`], group: "C", designation: designations.C, title: `${designations.C}, ${subject}` });
  return { roles, posts };
}

// Field offices under these seeded nodes also have posts of the seed's own specialist roles.
const SEED_FIELD_POSTS: Record<string, SpecialistPost[]> = {
  "MOF-DOR-CBIC": [
    { key: "GST-AC", roleCodes: ["ROLE-GST-OFFICER"], group: "A", designation: "Assistant Commissioner", title: "Assistant Commissioner, CGST" },
    { key: "GST-SUPDT", roleCodes: ["ROLE-GST-OFFICER"], group: "B", designation: "Superintendent", title: "Superintendent, CGST Range" },
    { key: "APPRAISER", roleCodes: ["ROLE-CUSTOMS-APPRAISER"], group: "B", designation: "Appraiser", title: "Appraiser, Customs" },
  ],
  "MOF-DOR-CBDT": [
    { key: "DCIT", roleCodes: ["ROLE-ASSESSING-OFFICER"], group: "A", designation: "Deputy Commissioner", title: "Deputy Commissioner of Income Tax" },
    { key: "ITO", roleCodes: ["ROLE-ASSESSING-OFFICER"], group: "B", designation: "Income Tax Officer", title: "Income Tax Officer (Assessment)" },
  ],
  "MOF-DOR-CBIC-DGGI": [{ key: "IO", roleCodes: ["ROLE-GST-OFFICER"], group: "B", designation: "Intelligence Officer", title: "Intelligence Officer" }],
  "MOF-DOR-CBIC-DRI": [{ key: "APPRAISER", roleCodes: ["ROLE-CUSTOMS-APPRAISER"], group: "B", designation: "Appraiser", title: "Appraiser, Customs" }],
  "MOF-DOE-CGA": [{ key: "PAO", roleCodes: ["ROLE-DDO"], group: "A", designation: "Pay and Accounts Officer", title: "Pay and Accounts Officer" }],
  "MHA-DIS-NDRF": [{ key: "OPS", roleCodes: ["ROLE-DISASTER-COORD"], group: "A", designation: "Deputy Commandant", title: "Deputy Commandant (Operations)" }],
  "MOHFW-DGHS-CDSCO": [{ key: "DI", roleCodes: ["ROLE-DRUGS-INSPECTOR"], group: "B", designation: "Drugs Inspector", title: "Drugs Inspector" }],
  "MOHFW-DGHS-NCDC": [{ key: "EPI", roleCodes: ["ROLE-HEALTH-PROG"], group: "A", designation: "Medical Officer", title: "Epidemiologist, IDSP" }],
  "MEITY-NIC": [{ key: "SECURITY", roleCodes: ["ROLE-CYBER-ANALYST"], group: "A", designation: "Scientist 'B'", title: "Scientist 'B' (Security Operations)" }],
  "MOAFW-ICAR": [{ key: "EXT", roleCodes: ["ROLE-AGRI-EXTENSION"], group: "A", designation: "Assistant Commissioner", title: "Subject Matter Specialist (Extension)" }],
};

export function planDictionary(seed: number): Dictionary {
  const competencies: PlannedCompetency[] = COMPETENCIES.map((competency) => ({
    code: competency.code, name: competency.name, nameHi: competency.nameHi ?? null, type: competency.type, area: competency.area,
    description: competency.description, levels: describeLevels(competency),
  }));
  const roles: PlannedRole[] = FRAC_ROLES.map((seedRole) => ({
    code: seedRole.code, name: seedRole.name, description: seedRole.description,
    activities: seedRole.activities.map(([description, competencyCodes]) => ({ description, competencyCodes })),
    requires: new Map(Object.entries(seedRole.requires)),
  }));
  const ministryPosts = MINISTRIES.map((spec, rank) => {
    const own = ministryCompetency(spec);
    if (own) competencies.push(own);
    const planned = ministryRoles(spec, rank, seed);
    roles.push(...planned.roles);
    return planned.posts;
  });
  return { competencies, roles, ministryPosts, fieldParentPosts: new Map(Object.entries(SEED_FIELD_POSTS)) };
}
