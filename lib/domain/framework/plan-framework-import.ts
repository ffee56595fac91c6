import { buildTargetState } from "./build-target-state";
import { readMappingRows, remapRoles, successorsOf, type MappingPair } from "./competency-mapping";
import { diffFrameworkState, type FrameworkChanges } from "./diff-framework-state";
import { readCode, readRequiredText } from "./field-rules";
import { hasErrors, issueAt, sortIssues, type FrameworkDocument, type ImportIssue } from "./framework-document";
import type { FrameworkInfo, FrameworkSnapshot, FrameworkState } from "./framework-state";
import { csvColumnName } from "./parse-framework-csv";
import { jsonFieldName } from "./parse-framework-json";

// The dry run: what a file would change, and every reason it cannot be applied. Applying runs
// the same plan again inside the transaction, so what is written is what was shown.
//
// "update" lays the file over the active version (matching competencies by external id, roles
// and posts by code). "new-version" creates a version from the file's competencies, supersedes
// the active one, and moves roles to the new competencies along the mapping.

export type ImportMode = "update" | "new-version";

export type NewVersionInput = { code: string; name: string; description: string | null };

export type PlanInput = {
  document: FrameworkDocument;
  /** Issues found while reading the files; they belong to the plan's report. */
  readIssues: readonly ImportIssue[];
  snapshot: FrameworkSnapshot;
  mode: ImportMode;
  newVersion?: NewVersionInput;
  /** Codes of every version so far: a new version needs its own. */
  frameworkCodes: readonly string[];
};

export type ImportPlan = {
  mode: ImportMode;
  framework: FrameworkInfo;
  issues: ImportIssue[];
  isValid: boolean;
  changes: FrameworkChanges;
  mapping: MappingPair[];
  base: FrameworkState;
  target: FrameworkState;
};

const FORM_REF = { file: "import form", row: null };

function stateOf(snapshot: FrameworkSnapshot): FrameworkState {
  return {
    framework: { code: snapshot.framework.code, name: snapshot.framework.name, description: snapshot.framework.description },
    competencies: snapshot.competencies,
    roles: snapshot.roles,
    posts: snapshot.posts,
  };
}

/** Issue fields in the file's own terms: CSV column names, JSON keys. */
function inFileTerms(issue: ImportIssue): ImportIssue {
  if (issue.field === null) return issue;
  if (/\.csv$/i.test(issue.file)) return { ...issue, field: csvColumnName(issue.field) };
  if (issue.file.includes(" › ")) return { ...issue, field: jsonFieldName(issue.field) };
  return issue;
}

function checkNewVersion(input: PlanInput, issues: ImportIssue[]): FrameworkInfo {
  const given = input.newVersion ?? { code: "", name: "", description: null };
  const code = readCode(given.code, "Version code");
  const name = readRequiredText(given.name, "Version name", 200);
  if (!code.ok) issues.push(issueAt(FORM_REF, "code", code.message));
  else if (input.frameworkCodes.includes(code.value)) issues.push(issueAt(FORM_REF, "code", `A version with code "${code.value}" already exists.`));
  if (!name.ok) issues.push(issueAt(FORM_REF, "name", name.message));
  if (!input.document.competencies || input.document.competencies.length === 0) {
    issues.push(issueAt(FORM_REF, null, "A new version needs its competencies in the file."));
  }
  return { code: code.ok ? code.value : given.code, name: name.ok ? name.value : given.name, description: given.description };
}

export function planFrameworkImport(input: PlanInput): ImportPlan {
  const { document, snapshot } = input;
  const issues: ImportIssue[] = [...input.readIssues];
  const current = stateOf(snapshot);
  let base: FrameworkState;
  let framework: FrameworkInfo;
  let mapping: MappingPair[] = [];
  let reservedCodes: Set<string>;

  if (input.mode === "update") {
    framework = { ...current.framework };
    const fileCode = document.framework?.code;
    if (fileCode && fileCode !== framework.code) {
      issues.push(
        issueAt(FORM_REF, "code", `The file describes version "${fileCode}", but the active version is "${framework.code}": import it as a new version, or change its code.`),
      );
    }
    if (document.mapping) {
      const ref = document.mapping[0]?.ref ?? FORM_REF;
      issues.push(issueAt(ref, null, "A mapping applies only when importing a new version."));
    }
    if (document.framework?.name) framework.name = document.framework.name;
    if (document.framework?.description !== undefined) framework.description = document.framework.description;
    base = current;
    reservedCodes = new Set(snapshot.reservedCompetencyCodes);
  } else {
    framework = checkNewVersion(input, issues);
    const read = readMappingRows(document.mapping ?? [], {
      oldKeys: new Set(snapshot.competencies.map((competency) => competency.key)),
      newKeys: new Set((document.competencies ?? []).map((competency) => competency.externalId)),
      oldFrameworkCode: snapshot.framework.code,
    });
    issues.push(...read.issues);
    mapping = read.pairs;
    base = {
      framework,
      competencies: [],
      roles: remapRoles(snapshot.roles, successorsOf(mapping), snapshot.framework.code),
      posts: snapshot.posts,
    };
    reservedCodes = new Set([...snapshot.reservedCompetencyCodes, ...snapshot.competencies.map((competency) => competency.code)]);
  }

  const built = buildTargetState(base, document, {
    frameworkCode: framework.code,
    reservedCodes,
    organisationCodes: new Set(snapshot.organisationCodes),
    readIssues: issues,
  });
  issues.push(...built.issues);
  const target: FrameworkState = { ...built.target, framework };
  const changes = diffFrameworkState(base, target);
  // A new version is reported as created as a whole, not as edits of the old one's fields.
  if (input.mode === "new-version") changes.framework = [];
  const sorted = sortIssues(issues.map(inFileTerms));
  return { mode: input.mode, framework, issues: sorted, isValid: !hasErrors(sorted), changes, mapping, base, target };
}
