import { describe, expect, test } from "vitest";
import { MINISTRIES } from "./ministries";
import { closureRows, planOrganisations, targetOrganisationCount } from "./organisation-plan";

const million = planOrganisations({ officials: 1_000_000, seed: 1 });

function subtreeOfficials(code: string): number {
  const organisations = million.organisations;
  const root = organisations.find((organisation) => organisation.code === code);
  if (!root) throw new Error(code);
  let total = 0;
  for (const organisation of organisations) {
    for (let at: number | null = organisation.index; at !== null; at = organisations[at]!.parentIndex) {
      if (at === root.index) {
        total += organisation.officials;
        break;
      }
    }
  }
  return total;
}

describe("planOrganisations at a million officials", () => {
  test("about 60 ministries and 2,500 organisations, every official placed", () => {
    expect(MINISTRIES).toHaveLength(60);
    expect(million.organisations.filter((organisation) => organisation.kind === "MINISTRY")).toHaveLength(60);
    expect(million.organisations).toHaveLength(targetOrganisationCount(1_000_000));
    expect(million.organisations.reduce((sum, organisation) => sum + organisation.officials, 0)).toBe(1_000_000);
    expect(new Set(million.organisations.map((organisation) => organisation.code)).size).toBe(million.organisations.length);
  });

  test("a few big ministries hold most officials (Zipf-like)", () => {
    const sizes = [...million.ministryOfficials].sort((a, b) => b - a);
    const topFive = sizes.slice(0, 5).reduce((sum, size) => sum + size, 0);
    expect(topFive / 1_000_000).toBeGreaterThan(0.5);
    expect(sizes[0]! / sizes[59]!).toBeGreaterThan(50);
    expect(subtreeOfficials("MOR")).toBe(sizes[0]);
  });

  test("the demo MDO admin's Department of Revenue has about 50,000 officials", () => {
    const revenue = subtreeOfficials("MOF-DOR");
    expect(revenue).toBeGreaterThan(40_000);
    expect(revenue).toBeLessThan(60_000);
  });

  test("parents come before their children, depth follows the parent", () => {
    for (const organisation of million.organisations) {
      if (organisation.parentIndex === null) {
        expect(organisation.kind).toBe("MINISTRY");
        expect(organisation.depth).toBe(0);
      } else {
        expect(organisation.parentIndex).toBeLessThan(organisation.index);
        expect(organisation.depth).toBe(million.organisations[organisation.parentIndex]!.depth + 1);
      }
    }
  });

  test("the closure has a self row per organisation and one row per ancestor", () => {
    const rows = [...closureRows(million.organisations)];
    expect(rows).toHaveLength(million.organisations.reduce((sum, organisation) => sum + organisation.depth + 1, 0));
    expect(rows.filter((row) => row.depth === 0)).toHaveLength(million.organisations.length);
    expect(new Set(rows.map((row) => `${row.ancestor}:${row.descendant}`)).size).toBe(rows.length);
  });
});

test("the same arguments give the same plan", () => {
  expect(planOrganisations({ officials: 20_000, seed: 3 })).toEqual(planOrganisations({ officials: 20_000, seed: 3 }));
});

test("small runs keep the fixed tree and still place everyone", () => {
  const small = planOrganisations({ officials: 500, seed: 1 });
  expect(small.organisations.some((organisation) => organisation.code === "MOF-DOR-CBIC")).toBe(true);
  expect(small.organisations.reduce((sum, organisation) => sum + organisation.officials, 0)).toBe(500);
});
