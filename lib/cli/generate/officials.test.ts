import { describe, expect, test } from "vitest";
import type { DemoAccount } from "../../../prisma/seed-data/demo-accounts";
import { planDictionary } from "./frac-dictionary";
import { MINISTRIES } from "./ministries";
import { createEmailRegistry, designationRank, planOrganisationOfficials } from "./officials";
import { planOrganisations } from "./organisation-plan";
import { planPositions } from "./positions";
import { createRng } from "./rng";

describe("createEmailRegistry", () => {
  test("emails are lower-case, unique and readable", () => {
    const next = createEmailRegistry(["priya.sharma@kaushal.gov.in"]);
    expect(next("Priya", "Sharma")).toBe("priya.sharma2@kaushal.gov.in");
    expect(next("Priya", "Sharma")).toBe("priya.sharma3@kaushal.gov.in");
    expect(next("Anita", "D'Souza")).toBe("anita.dsouza@kaushal.gov.in");
  });

  test("a hundred thousand draws from the name lists stay distinct", () => {
    const next = createEmailRegistry();
    const rng = createRng("emails", 1);
    const emails = Array.from({ length: 100_000 }, () => next(rng.pick(["Amit", "Anjali", "Ravi"]), rng.pick(["Rao", "Singh"])));
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.every((email) => email === email.toLowerCase())).toBe(true);
  });
});

const demo = (email: string, designation: string): DemoAccount => ({
  email, password: "Demo@123", name: "Demo Official", roles: ["LEARNER"], scope: {}, status: "ACTIVE", organisationCode: "MOF-DOR-CBIC",
  fracPositionCode: null, designation, group: "A", serviceCadre: "IRS (C&IT)", employeeCode: email,
});
const DEMO_LEARNER = demo("demo.learner@example.gov.in", "Assistant Commissioner");
const DEMO_SUPERVISOR = demo("demo.supervisor@example.gov.in", "Deputy Commissioner");

describe("planOrganisationOfficials", () => {
  const plan = planOrganisations({ officials: 200_000, seed: 1 });
  const dictionary = planDictionary(1);
  const { positions, byOrganisation } = planPositions(plan.organisations, dictionary);
  const plannedFor = (code: string, withDemo = false) => {
    const organisation = plan.organisations.find((candidate) => candidate.code === code)!;
    return planOrganisationOfficials({
      organisation,
      spec: MINISTRIES[organisation.ministryIndex]!,
      positions: byOrganisation[organisation.index]!.map((index) => positions[index]!),
      demoAccounts: withDemo
        ? [DEMO_LEARNER, DEMO_SUPERVISOR].map((account) => ({ account, positionIndex: null }))
        : [],
      firstSerial: 0,
      nextEmail: createEmailRegistry(),
      rng: createRng("officials", 1, organisation.index),
    });
  };

  test("the head comes first; everyone else reports to someone more senior listed before them", () => {
    const officials = plannedFor("MOF-DOR-CBIC");
    expect(officials[0]!.designation).toBe("Head of Office");
    officials.forEach((official, index) => {
      if (official.supervisor === null) return;
      expect(official.supervisor).toBeLessThan(index);
      const supervisor = officials[official.supervisor]!;
      expect(supervisor.rank).toBeLessThan(official.rank);
      expect(supervisor.isActive).toBe(true);
    });
    expect(officials.filter((official) => official.supervisor === null).every((official) => official.rank <= officials[0]!.rank)).toBe(true);
  });

  test("groups, posts and designations fit together; group D holds no post", () => {
    const officials = plannedFor("MOR");
    for (const official of officials) {
      if (official.group === "D") expect(official.positionIndex).toBeNull();
      else expect(positions[official.positionIndex!]!.group).toBe(official.group);
    }
    const groupC = officials.filter((official) => official.group === "C").length / officials.length;
    expect(groupC).toBeGreaterThan(0.3);
  });

  test("a demo account reports to the demo account one level up", () => {
    const officials = plannedFor("MOF-DOR-CBIC", true);
    const learner = officials.find((official) => official.email === DEMO_LEARNER.email)!;
    expect(officials[learner.supervisor!]!.email).toBe(DEMO_SUPERVISOR.email);
  });

  test("designation ranks order the hierarchy", () => {
    expect(designationRank("Secretary")).toBeLessThan(designationRank("Head of Office"));
    expect(designationRank("Head of Office")).toBeLessThan(designationRank("Under Secretary"));
    expect(designationRank("Postal Assistant")).toBeGreaterThan(designationRank("Postmaster"));
  });
});
