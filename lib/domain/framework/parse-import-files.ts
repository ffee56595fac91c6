import { issueAt, type FrameworkDocument, type ImportIssue } from "./framework-document";
import { parseFrameworkCsv } from "./parse-framework-csv";
import { parseFrameworkJson } from "./parse-framework-json";

export type UploadedFile = { name: string; text: string };

const isJson = (file: UploadedFile) => /\.json$/i.test(file.name);
const isCsv = (file: UploadedFile) => /\.csv$/i.test(file.name);

/**
 * What an upload states: one JSON file (optionally with a mapping CSV beside it), or any set of
 * CSV sheets. Anything else is refused with a reason.
 */
export function parseImportFiles(files: readonly UploadedFile[]): { document: FrameworkDocument; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  if (files.length === 0) {
    issues.push(issueAt({ file: "upload", row: null }, null, "Choose a JSON file or the CSV sheets to import."));
    return { document: {}, issues };
  }
  for (const file of files) {
    if (!isJson(file) && !isCsv(file)) issues.push(issueAt({ file: file.name, row: null }, null, "Only .json and .csv files can be imported."));
  }
  const jsonFiles = files.filter(isJson);
  const csvFiles = files.filter(isCsv);
  if (jsonFiles.length > 1) {
    issues.push(issueAt({ file: jsonFiles[1]?.name ?? "upload", row: null }, null, "Give one JSON file at a time."));
    return { document: {}, issues };
  }

  const [json] = jsonFiles;
  const csv = csvFiles.length > 0 ? parseFrameworkCsv(csvFiles) : { document: {} as FrameworkDocument, issues: [] };
  issues.push(...csv.issues);
  if (!json) return { document: csv.document, issues };

  const parsed = parseFrameworkJson(json.name, json.text);
  issues.push(...parsed.issues);
  const extraSheets = (Object.keys(csv.document) as (keyof FrameworkDocument)[]).filter((key) => key !== "mapping");
  if (extraSheets.length > 0) {
    issues.push(issueAt({ file: json.name, row: null }, null, "Give the framework either as one JSON file or as CSV sheets; beside a JSON file only a mapping CSV may be added."));
  }
  if (csv.document.mapping && parsed.document.mapping) {
    issues.push(issueAt({ file: json.name, row: null }, "mapping", "The mapping is given both in the JSON file and as a CSV: keep one."));
  }
  const mapping = parsed.document.mapping ?? csv.document.mapping;
  return { document: mapping ? { ...parsed.document, mapping } : parsed.document, issues };
}
