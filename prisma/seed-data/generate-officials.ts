// Generates the demo workforce: officials spread over the organisation tree, each with a
// designation, service group and cadre that fit their organisation, a post, and a seniority
// rank used to build reporting lines. Pure: the same list on every run.
import { FIRST_NAMES, LAST_NAMES } from "./names";
import { FRAC_POSITIONS } from "./frac-roles";
import { genericPositionCode } from "./generic-positions";
import { flattenOrganisationTree } from "./organisations";
import { createRandom } from "./random";

export const GENERATED_OFFICIAL_COUNT = 220;
export const OFFICIAL_EMAIL_DOMAIN = "kaushal.gov.in";

type Group = "A" | "B" | "C" | "D";

export type OfficialSeed = {
  email: string;
  name: string;
  employeeCode: string;
  designation: string;
  group: Group;
  serviceCadre: string;
  organisationCode: string;
  fracPositionCode: string | null;
  /** 1 = most senior; reporting officers are chosen among more senior officials. */
  rank: number;
  preferredLanguage: "EN" | "HI";
};

export const DESIGNATION_RANK: Record<string, number> = {
  Secretary: 0, "Additional Secretary": 0.5,
  "Joint Secretary": 1, Director: 2, "Deputy Director General": 2, "Joint Advisor": 2, "Director (Platform Operations)": 2,
  "Deputy Secretary": 3, "Deputy Commissioner": 3, "Deputy Commandant": 3, "Deputy Director": 3,
  "Under Secretary": 4, "Assistant Commissioner": 4, "Assistant Director": 4, "Pay and Accounts Officer": 4,
  "Scientist 'C'": 4, "Medical Officer": 4, Manager: 4,
  "Scientist 'B'": 5, "Section Officer": 5, Superintendent: 5, "Intelligence Officer": 5, Appraiser: 5,
  "Income Tax Officer": 5, "Drugs Inspector": 5, "Statistical Officer": 5, "Senior Translator": 5, "Private Secretary": 5,
  "Assistant Section Officer": 6, Inspector: 6,
  "Senior Secretariat Assistant": 7, "Tax Assistant": 7,
  "Junior Secretariat Assistant": 8, "Stenographer Grade 'D'": 8,
  "Multi-Tasking Staff": 9,
};

const GENERIC_DESIGNATIONS: Record<Group, [string, number][]> = {
  A: [["Joint Secretary", 1], ["Director", 2], ["Deputy Secretary", 3], ["Under Secretary", 5]],
  B: [["Section Officer", 3], ["Assistant Section Officer", 5], ["Private Secretary", 1]],
  C: [["Senior Secretariat Assistant", 3], ["Junior Secretariat Assistant", 3], ["Stenographer Grade 'D'", 1]],
  D: [["Multi-Tasking Staff", 1]],
};

function rootCode(code: string): string {
  return code.split("-")[0] ?? code;
}

// Cadres follow the organisation: revenue boards have their own services, the Secretariat has CSS.
function cadreFor(organisationCode: string, kind: string, group: Group, designation: string, pick: <T>(items: readonly T[]) => T): string {
  if (group === "D") return "Ex-cadre (MTS)";
  if (designation.startsWith("Stenographer") || designation === "Private Secretary") return "CSSS";
  const isSecretariat = kind !== "ORGANISATION";
  if (organisationCode.startsWith("MOF-DOR-CBIC")) return group === "A" ? "IRS (C&IT)" : group === "B" ? "CBIC Group B (Executive)" : "CBIC Ministerial";
  if (organisationCode === "MOF-DOR-CBDT") return group === "A" ? "IRS (IT)" : group === "B" ? "Income Tax Group B" : "Income Tax Ministerial";
  if (group === "C") return isSecretariat ? "CSCS" : "Ex-cadre (Group C)";
  if (group === "B") return isSecretariat ? "CSS" : "Ex-cadre (Group B)";
  const byMinistry: Record<string, string[]> = {
    MHA: ["IAS", "IPS", "CSS"],
    MOPPGP: ["IAS", "CSS", "IRS (IT)"],
    MOF: organisationCode.startsWith("MOF-DOE") ? ["ICAS", "IAS", "CSS"] : ["IAS", "IES", "CSS"],
    MOHFW: ["CHS", "IAS", "CSS"],
    MOAFW: ["ARS", "ISS", "IAS", "CSS"],
    MEITY: ["IAS", "ITS", "CSS", "Scientific (S&T)"],
  };
  return pick(byMinistry[rootCode(organisationCode)] ?? ["IAS", "CSS"]);
}

function emailPart(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, "");
}

export function generateOfficials(count: number = GENERATED_OFFICIAL_COUNT): OfficialSeed[] {
  const random = createRandom("officials");
  const organisations = flattenOrganisationTree();
  // The MDO admin's Department of Revenue gets more staff, so its dashboards have substance.
  const weightedOrganisations = organisations.map(
    (organisation) => [organisation, organisation.code.startsWith("MOF-DOR") ? 4 : organisation.code.startsWith("DOPT") ? 2 : 1] as const,
  );
  const usedEmails = new Set<string>();
  const officials: OfficialSeed[] = [];

  for (let index = 0; index < count; index++) {
    const organisation = random.weighted(weightedOrganisations);
    const group = random.weighted<Group>([["A", 25], ["B", 38], ["C", 29], ["D", 8]]);
    const specialist = FRAC_POSITIONS.filter((position) => position.organisationCode === organisation.code && position.group === group);
    let designation: string;
    let fracPositionCode: string | null;
    if (specialist.length > 0 && random.chance(0.65)) {
      const position = random.pick(specialist);
      designation = position.designation;
      fracPositionCode = position.code;
    } else {
      designation = random.weighted(GENERIC_DESIGNATIONS[group]);
      fracPositionCode = group === "D" ? null : genericPositionCode(organisation.code, group);
    }

    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const base = `${emailPart(first)}.${emailPart(last)}`;
    let email = `${base}@${OFFICIAL_EMAIL_DOMAIN}`;
    for (let n = 2; usedEmails.has(email); n++) email = `${base}${n}@${OFFICIAL_EMAIL_DOMAIN}`;
    usedEmails.add(email);

    officials.push({
      email,
      name: `${first} ${last}`,
      employeeCode: `KSL${String(100001 + index)}`,
      designation,
      group,
      serviceCadre: cadreFor(organisation.code, organisation.kind, group, designation, random.pick),
      organisationCode: organisation.code,
      fracPositionCode,
      rank: DESIGNATION_RANK[designation] ?? 6,
      preferredLanguage: random.chance(0.2) ? "HI" : "EN",
    });
  }
  return [...officials, ...generateHeads(officials.length, usedEmails)];
}

// Every ministry has a Secretary and every department an Additional Secretary, so reporting
// lines reach the top of each hierarchy. A separate random stream keeps the officials above stable.
function generateHeads(offset: number, usedEmails: Set<string>): OfficialSeed[] {
  const random = createRandom("organisation-heads");
  return flattenOrganisationTree()
    .filter((organisation) => organisation.kind !== "ORGANISATION")
    .map((organisation, index) => {
      const designation = organisation.kind === "MINISTRY" ? "Secretary" : "Additional Secretary";
      const first = random.pick(FIRST_NAMES);
      const last = random.pick(LAST_NAMES);
      const base = `${emailPart(first)}.${emailPart(last)}`;
      let email = `${base}@${OFFICIAL_EMAIL_DOMAIN}`;
      for (let n = 2; usedEmails.has(email); n++) email = `${base}${n}@${OFFICIAL_EMAIL_DOMAIN}`;
      usedEmails.add(email);
      return {
        email,
        name: `${first} ${last}`,
        employeeCode: `KSL${String(100001 + offset + index)}`,
        designation,
        group: "A" as const,
        serviceCadre: random.chance(0.8) ? "IAS" : "IRS (IT)",
        organisationCode: organisation.code,
        fracPositionCode: genericPositionCode(organisation.code, "A"),
        rank: DESIGNATION_RANK[designation] ?? 0,
        preferredLanguage: "EN" as const,
      };
    });
}
