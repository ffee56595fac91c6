import { describe, expect, test } from "vitest";
import { countChanges } from "./diff-framework-state";
import { parseImportFiles, type UploadedFile } from "./parse-import-files";
import { planFrameworkImport, type ImportMode, type NewVersionInput } from "./plan-framework-import";
import { sampleSnapshot } from "./sample-framework.fixture";

function plan(files: UploadedFile[], mode: ImportMode = "update", newVersion?: NewVersionInput) {
  const { document, issues } = parseImportFiles(files);
  return planFrameworkImport({ document, readIssues: issues, snapshot: sampleSnapshot(), mode, newVersion, frameworkCodes: ["FRAC-2021"] });
}

const errorsOf = (result: ReturnType<typeof plan>) =>
  result.issues.filter((issue) => issue.severity === "error").map(({ file, row, field, message }) => `${file}:${row ?? "-"}:${field ?? "-"} ${message}`);

describe("a file with bad rows", () => {
  // Hand-written the way a ministry might send it: every row below row 2 has one mistake.
  const competencies = [
    "external_id,name,type,area,description,level_1_name,level_1_descriptor",
    "NEW-1,Citizen Charter,DOMAIN,Citizen services,Knows the charter.,,",
    "NEW-2,,DOMAIN,Citizen services,No name,,",
    "NEW-3,Dashboards,TECHNICAL,Digital,Wrong type,,",
    "NEW-1,Citizen Charter again,DOMAIN,Citizen services,Duplicate key,,",
    "NEW-4,Integrity,BEHAVIOURAL,Ethics,Name taken by BEH-INTEGRITY,,",
  ].join("\n");
  const requirements = [
    "role_code,competency_id,required_level",
    "ROLE-ASO,FUN-NOTING,3",
    "ROLE-ASO,BEH-UNKNOWN,2",
    "ROLE-ASO,BEH-INTEGRITY,7",
    "ROLE-NOBODY,FUN-NOTING,2",
    "ROLE-ASO,FUN-NOTING,4",
  ].join("\n");
  const posts = ["code,title,organisation_code,role_codes", "POS-NEW,New post,MHA,ROLE-ASO", "POS-NEW2,Second post,DOPT,ROLE-GHOST"].join("\n");

  test("each bad row is reported with its row, column and reason, and the plan cannot be applied", () => {
    const result = plan([
      { name: "competencies.csv", text: competencies },
      { name: "role-requirements.csv", text: requirements },
      { name: "posts.csv", text: posts },
    ]);
    expect(result.isValid).toBe(false);
    expect(errorsOf(result)).toEqual([
      "competencies.csv:3:name Name is missing.",
      "competencies.csv:4:type Type \"TECHNICAL\" is not one of BEHAVIOURAL, FUNCTIONAL, DOMAIN.",
      "competencies.csv:5:external_id External id \"NEW-1\" is given twice (also at row 2).",
      "competencies.csv:6:name Name \"Integrity\" is also the name of competency \"BEH-INTEGRITY\" in FRAC-2021.",
      "posts.csv:2:organisation_code Organisation code \"MHA\" is unknown.",
      "posts.csv:3:role_codes Role \"ROLE-GHOST\" is neither in the file nor in the framework.",
      "role-requirements.csv:3:competency_id Competency id \"BEH-UNKNOWN\" is not a competency of FRAC-2021.",
      "role-requirements.csv:4:required_level Required level 7 is outside 1–5.",
      "role-requirements.csv:5:role_code Role \"ROLE-NOBODY\" is neither in the file nor in the framework.",
      "role-requirements.csv:6:competency_id Role \"ROLE-ASO\" requires \"FUN-NOTING\" twice.",
    ]);
  });

  test("the same mistakes in JSON are reported by item and field", () => {
    const json = {
      competencies: [
        { externalId: "NEW-1", name: "Citizen Charter", type: "DOMAIN", area: "Citizen services", levels: [{ level: 6, name: "Beyond", descriptor: "" }] },
        { externalId: "NEW-2", type: "DOMAIN", area: "X", colour: "red" },
      ],
      roles: [{ code: "ROLE-ASO", requirements: [{ competency: "NEW-1", level: "3" }, { competency: "NOPE", level: 2 }] }],
      budget: 12,
    };
    const result = plan([{ name: "kcm.json", text: JSON.stringify(json) }]);
    expect(errorsOf(result)).toEqual([
      "kcm.json › competencies:1:levels (level 6) Level 6 is outside 1–5.",
      "kcm.json › competencies:2:name A new competency needs a name.",
      "kcm.json › roles:1:requirements[2].competency Competency id \"NOPE\" is not a competency of FRAC-2021.",
    ]);
    expect(result.issues.filter((issue) => issue.severity === "warning").map((issue) => issue.message)).toEqual([
      'Field "budget" is not part of the framework format; its values are not imported.',
      'Field "colour" is not part of the framework format; its values are not imported.',
    ]);
  });

  test("a JSON file that does not parse says so", () => {
    expect(errorsOf(plan([{ name: "framework.json", text: '{"competencies": [' }]))[0]).toMatch(/^framework\.json:-:- The file is not valid JSON/);
  });
});

describe("changes an update would make", () => {
  test("a new competency without descriptors gets the generic five and a code from its id", () => {
    const result = plan([{ name: "competencies.csv", text: "external_id,name,type,area\nkcm 7.1,Citizen Charter,DOMAIN,Citizen services\n" }]);
    expect(result.isValid).toBe(true);
    expect(result.changes.competencies.created).toEqual([{ key: "kcm 7.1", label: "Citizen Charter", changes: [] }]);
    const created = result.target.competencies.find((competency) => competency.key === "kcm 7.1");
    expect(created?.code).toBe("KCM-7.1");
    expect(created?.levels.map((level) => level.name)).toEqual(["Awareness", "Basic application", "Proficient", "Advanced", "Expert"]);
    expect(created?.levels[2]?.descriptor).toBe("Proficient in citizen charter.");
  });

  test("columns a file leaves out keep their values; an existing competency keeps its levels", () => {
    const result = plan([{ name: "competencies.csv", text: "external_id,area\nFUN-NOTING,Office procedure and records\n" }]);
    expect(countChanges(result.changes)).toBe(1);
    expect(result.changes.competencies.updated[0]?.changes).toEqual([{ field: "area", before: "Office procedure", after: "Office procedure and records" }]);
  });

  test("a role's requirements are replaced: removed rows are listed", () => {
    const result = plan([
      { name: "roles.csv", text: "code,name\nROLE-ASO,Assistant Section Officer\n" },
      { name: "role-requirements.csv", text: "role_code,competency_id,required_level\nROLE-ASO,FUN-NOTING,3\nROLE-ASO,DOM-RTI,1\n" },
    ]);
    expect(result.isValid).toBe(true);
    expect(result.changes.removedRequirements).toEqual([{ roleCode: "ROLE-ASO", competency: "BEH-INTEGRITY", level: 2 }]);
    expect(result.changes.roles.updated[0]?.changes).toEqual([
      { field: "requirement BEH-INTEGRITY", before: "level 2", after: "removed" },
      { field: "requirement DOM-RTI", before: "—", after: "level 1" },
    ]);
    expect(result.changes.roles.unchanged).toBe(1);
  });

  test("a post's roles and organisation change with old → new values", () => {
    const result = plan([{ name: "posts.csv", text: "code,title,organisation_code,role_codes\nPOS-DOPT-US,Under Secretary,DARPG,ROLE-CPIO\n" }]);
    expect(result.changes.posts.updated[0]?.changes).toEqual([
      { field: "organisation", before: "DOPT", after: "DARPG" },
      { field: "roles", before: "ROLE-ASO; ROLE-CPIO", after: "ROLE-CPIO" },
    ]);
    expect(result.changes.removedPostRoles).toEqual([{ postCode: "POS-DOPT-US", roleCode: "ROLE-ASO" }]);
  });

  test("a file from another version cannot update the active one", () => {
    const result = plan([{ name: "framework.json", text: JSON.stringify({ framework: { code: "KCM-2025" }, competencies: [] }) }]);
    expect(errorsOf(result)).toEqual([expect.stringContaining('The file describes version "KCM-2025"')]);
  });
});

describe("a new version with a mapping", () => {
  const KCM = { code: "KCM-2025", name: "Karmayogi Competency Model 2025", description: null };
  const competencies = [
    "external_id,name,type,area,description",
    "K-ETH,Ethics and integrity,BEHAVIOURAL,Values,",
    "K-WRITE,Written communication,FUNCTIONAL,Communication,",
    "K-RTI,Transparency and RTI,DOMAIN,Transparency,",
  ].join("\n");

  test("roles follow the mapping; merged competencies keep the stricter level; codes stay unique", () => {
    const mapping = "old_competency_id,new_competency_id\nBEH-INTEGRITY,K-ETH\nFUN-NOTING,K-WRITE\nDOM-RTI,K-RTI\nDOM-RTI,K-ETH\n";
    const result = plan(
      [
        { name: "competencies.csv", text: competencies },
        { name: "mapping.csv", text: mapping },
      ],
      "new-version",
      KCM,
    );
    expect(errorsOf(result)).toEqual([]);
    expect(result.changes.competencies.created).toHaveLength(3);
    const aso = result.target.roles.find((role) => role.code === "ROLE-ASO");
    expect(aso?.requirements).toEqual([
      { competency: "K-ETH", level: 2 },
      { competency: "K-WRITE", level: 3 },
    ]);
    expect(aso?.activities[1]?.competencies).toEqual(["K-ETH", "K-RTI"]);
    const cpio = result.target.roles.find((role) => role.code === "ROLE-CPIO");
    expect(cpio?.requirements).toEqual([
      { competency: "K-RTI", level: 3 },
      { competency: "K-ETH", level: 3 },
    ]);
    // Moved by the mapping, not changed by the file: roles read as unchanged against the mapped base.
    expect(result.changes.roles.unchanged).toBe(2);
    expect(result.mapping).toHaveLength(4);
  });

  test("an old competency still required and not mapped is refused, as are bad mapping rows", () => {
    const mapping = "old_competency_id,new_competency_id\nBEH-INTEGRITY,K-ETH\nFUN-NOTING,K-NOPE\nBEH-GONE,K-ETH\n";
    const result = plan(
      [
        { name: "competencies.csv", text: competencies },
        { name: "mapping.csv", text: mapping },
      ],
      "new-version",
      KCM,
    );
    expect(errorsOf(result)).toEqual([
      "framework:-:- Role \"ROLE-ASO\" still uses \"FRAC-2021::DOM-RTI\", which is not a competency of KCM-2025: map it to a new competency, or give the role's requirements and activities in the file.",
      "framework:-:- Role \"ROLE-ASO\" still uses \"FRAC-2021::FUN-NOTING\", which is not a competency of KCM-2025: map it to a new competency, or give the role's requirements and activities in the file.",
      "framework:-:- Role \"ROLE-CPIO\" still uses \"FRAC-2021::DOM-RTI\", which is not a competency of KCM-2025: map it to a new competency, or give the role's requirements and activities in the file.",
      "mapping.csv:3:new_competency_id New competency id \"K-NOPE\" is not among the competencies of the file.",
      "mapping.csv:4:old_competency_id Old competency id \"BEH-GONE\" is not a competency of FRAC-2021.",
    ]);
  });

  test("the version needs its own code and a name; a mapping is refused on an update", () => {
    const taken = plan([{ name: "competencies.csv", text: competencies }], "new-version", { code: "FRAC-2021", name: "", description: null });
    expect(errorsOf(taken)).toEqual(
      expect.arrayContaining(["import form:-:code A version with code \"FRAC-2021\" already exists.", "import form:-:name Version name is missing."]),
    );
    const update = plan([{ name: "mapping.csv", text: "old_competency_id,new_competency_id\nBEH-INTEGRITY,K-ETH\n" }]);
    expect(errorsOf(update)).toEqual(["mapping.csv:2:- A mapping applies only when importing a new version."]);
  });

  test("a new competency may not take an old version's code", () => {
    const result = plan(
      [{ name: "competencies.csv", text: "external_id,code,name,type,area\nBEH-INTEGRITY,,Ethics,BEHAVIOURAL,Values\nK-2,FUN-NOTING,Notes,FUNCTIONAL,Office\n" }],
      "new-version",
      KCM,
    );
    expect(result.target.competencies.find((competency) => competency.key === "BEH-INTEGRITY")?.code).toBe("KCM-2025-BEH-INTEGRITY");
    expect(errorsOf(result)).toContain("competencies.csv:3:code Code \"FUN-NOTING\" belongs to a competency of another framework version.");
  });
});
