// The officials of one organisation: service group, post and designation, a name and a unique
// email, cadre, and a reporting officer one level up. The organisation's head (Secretary,
// Additional Secretary or Head of Office) comes first; whoever has no senior in their own
// organisation reports to the head of the nearest ancestor, which the loader resolves.
import type { DemoAccount } from "../../../prisma/seed-data/demo-accounts";
import { DESIGNATION_RANK } from "../../../prisma/seed-data/generate-officials";
import { FIRST_NAMES, LAST_NAMES } from "../../../prisma/seed-data/names";
import type { MinistrySpec } from "./ministries";
import type { PlannedOrganisation } from "./organisation-plan";
import type { PlannedPosition } from "./positions";
import type { Random } from "./rng";

export type Group = "A" | "B" | "C" | "D";

export type PlannedOfficial = {
  /** Generated officials count 0, 1, 2…; demo accounts have none. */
  serial: number | null;
  demoAccount: DemoAccount | null;
  email: string;
  name: string;
  employeeCode: string;
  designation: string;
  group: Group;
  serviceCadre: string;
  positionIndex: number | null;
  /** 0 = most senior. */
  rank: number;
  isActive: boolean;
  preferredLanguage: "EN" | "HI";
  /** Index of the reporting officer in this organisation's list, or null: the nearest ancestor's head. */
  supervisor: number | null;
};

export const OFFICIAL_EMAIL_DOMAIN = "kaushal.gov.in";
export const SUSPENDED_SHARE = 0.004;
const SPECIALIST_SHARE = 0.6;

// Designations of the generated posts, beside the seed's ranks.
const EXTRA_RANK: Record<string, number> = {
  "Head of Office": 1.5, "Superintending Engineer": 2, "Divisional Operations Manager": 3, "Senior Superintendent of Post Offices": 3,
  "Chief Medical Officer": 3, "Deputy Accountant General": 3, "Executive Engineer": 3, "Regional Provident Fund Commissioner": 3,
  "Regional Passport Officer": 3, "Scientist 'D'": 3, "Scientific Officer 'E'": 3, "Scientist 'SD'": 3, "Assistant Commandant": 4,
  "Station Master": 5, Postmaster: 5, "Nursing Superintendent": 5, "Assistant Audit Officer": 5, Principal: 5, "Assistant Engineer": 5,
  "Assistant Executive Engineer": 5, "Enforcement Officer": 5, "Superintendent (Passport)": 5, Meteorologist: 5, "Technical Officer": 5,
  "Commercial Clerk": 7, "Head Constable (Ministerial)": 7, "Postal Assistant": 7, Pharmacist: 7, Auditor: 7, "Upper Division Clerk": 7,
  "Junior Engineer": 7, "Social Security Assistant": 7, "Passport Assistant": 7, "Scientific Assistant": 7, "Technical Assistant": 7, Assistant: 7,
};

export function designationRank(designation: string): number {
  return DESIGNATION_RANK[designation] ?? EXTRA_RANK[designation] ?? 6;
}

const GENERIC_DESIGNATIONS: Record<Group, readonly (readonly [string, number])[]> = {
  A: [["Joint Secretary", 1], ["Director", 2], ["Deputy Secretary", 3], ["Under Secretary", 5]],
  B: [["Section Officer", 3], ["Assistant Section Officer", 5], ["Private Secretary", 1]],
  C: [["Senior Secretariat Assistant", 3], ["Junior Secretariat Assistant", 3], ["Stenographer Grade 'D'", 1]],
  D: [["Multi-Tasking Staff", 1]],
};

/**
 * Unique, lower-case emails: first.last, then first.last2, first.last3… in generation order. A
 * counter per name is enough — names hold letters only, so "name" + number never meets another
 * name's — and memory grows with the names in use, not with the officials.
 */
export function createEmailRegistry(reserved: Iterable<string> = []): (first: string, last: string) => string {
  const taken = new Set(reserved);
  const counts = new Map<string, number>();
  const part = (text: string) => text.toLowerCase().replace(/[^a-z]/g, "");
  return (first, last) => {
    const base = `${part(first)}.${part(last)}`;
    let n = counts.get(base) ?? 0;
    let email: string;
    do {
      n++;
      email = `${base}${n > 1 ? n : ""}@${OFFICIAL_EMAIL_DOMAIN}`;
    } while (taken.has(email));
    counts.set(base, n);
    return email;
  };
}

function cadreFor(organisation: PlannedOrganisation, spec: MinistrySpec, group: Group, designation: string, rng: Random): string {
  if (group === "D") return "Ex-cadre (MTS)";
  if (designation.startsWith("Stenographer") || designation === "Private Secretary") return "CSSS";
  if (organisation.code.startsWith("MOF-DOR-CBIC") || organisation.fieldParentCode?.startsWith("MOF-DOR-CBIC")) {
    return group === "A" ? "IRS (C&IT)" : group === "B" ? "CBIC Group B (Executive)" : "CBIC Ministerial";
  }
  if (organisation.code.startsWith("MOF-DOR-CBDT") || organisation.fieldParentCode === "MOF-DOR-CBDT") {
    return group === "A" ? "IRS (IT)" : group === "B" ? "Income Tax Group B" : "Income Tax Ministerial";
  }
  if (group === "C") return organisation.isSecretariat ? "CSCS" : "Ex-cadre (Group C)";
  if (group === "B") return organisation.isSecretariat ? "CSS" : "Ex-cadre (Group B)";
  return rng.pick(spec.cadres);
}

export type OrganisationOfficialsInput = {
  organisation: PlannedOrganisation;
  spec: MinistrySpec;
  positions: readonly PlannedPosition[];
  /** Demo accounts posted here, with their post's index when they have one. */
  demoAccounts: readonly { account: DemoAccount; positionIndex: number | null }[];
  firstSerial: number;
  nextEmail: (first: string, last: string) => string;
  rng: Random;
};

export function planOrganisationOfficials(input: OrganisationOfficialsInput): PlannedOfficial[] {
  const { organisation, spec, positions, rng } = input;
  const generic = new Map(positions.filter((position) => position.isGeneric).map((position) => [position.group, position.index]));
  const specialistsOf = (group: Group) => positions.filter((position) => !position.isGeneric && position.group === group);
  const specialists: Record<Group, PlannedPosition[]> = { A: specialistsOf("A"), B: specialistsOf("B"), C: specialistsOf("C"), D: [] };
  const groupWeights = organisation.isSecretariat
    ? ([["A", 18], ["B", 34], ["C", 40], ["D", 8]] as const)
    : ([["A", 6], ["B", 18], ["C", 64], ["D", 12]] as const);
  const headDesignation = organisation.kind === "MINISTRY" ? "Secretary" : organisation.kind === "DEPARTMENT" ? "Additional Secretary" : "Head of Office";

  const officials: PlannedOfficial[] = [];
  for (let i = 0; i < organisation.officials; i++) {
    const serial = input.firstSerial + i;
    const isHead = i === 0;
    const group: Group = isHead ? "A" : rng.weighted(groupWeights);
    let designation: string;
    let positionIndex: number | null = null;
    const ownSpecialists = specialists[group];
    if (isHead) {
      designation = headDesignation;
      positionIndex = generic.get("A") ?? null;
    } else if (ownSpecialists.length > 0 && rng.chance(SPECIALIST_SHARE)) {
      const post = rng.pick(ownSpecialists);
      designation = post.designation;
      positionIndex = post.index;
    } else {
      designation = rng.weighted(GENERIC_DESIGNATIONS[group]);
      positionIndex = group === "D" ? null : (generic.get(group) ?? null);
    }
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    officials.push({
      serial,
      demoAccount: null,
      email: input.nextEmail(first, last),
      name: `${first} ${last}`,
      employeeCode: `KGN${String(serial + 1).padStart(7, "0")}`,
      designation,
      group,
      serviceCadre: cadreFor(organisation, spec, group, designation, rng),
      positionIndex,
      rank: designationRank(designation),
      isActive: isHead || !rng.chance(SUSPENDED_SHARE),
      preferredLanguage: rng.chance(0.2) ? "HI" : "EN",
      supervisor: null,
    });
  }
  for (const { account, positionIndex } of input.demoAccounts) {
    officials.push({
      serial: null, demoAccount: account, email: account.email, name: account.name, employeeCode: account.employeeCode,
      designation: account.designation, group: account.group, serviceCadre: account.serviceCadre, positionIndex,
      rank: designationRank(account.designation), isActive: account.status === "ACTIVE", preferredLanguage: account.preferredLanguage ?? "EN",
      supervisor: null,
    });
  }

  // Seniors first, so every reporting officer precedes those who report to them.
  officials.sort((a, b) => a.rank - b.rank);
  const byRank = new Map<number, number[]>();
  officials.forEach((official, index) => {
    let nearest: number | undefined;
    for (const rank of byRank.keys()) if (rank < official.rank && (nearest === undefined || rank > nearest)) nearest = rank;
    if (nearest !== undefined) {
      const seniors = byRank.get(nearest) as number[];
      // A demo account reports to a demo account one level up when there is one, so the demo
      // team views (a reporting officer and their reportees) have each other to show.
      const demoSeniors = official.demoAccount ? seniors.filter((senior) => officials[senior]?.demoAccount) : [];
      official.supervisor = demoSeniors.length > 0 ? (demoSeniors[0] as number) : rng.pick(seniors);
    }
    // A suspended official supervises no one.
    if (!official.isActive) return;
    const peers = byRank.get(official.rank);
    if (peers) peers.push(index);
    else byRank.set(official.rank, [index]);
  });
  return officials;
}
