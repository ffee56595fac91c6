// The columns of an officials CSV, in template order. Header names are matched case-insensitively
// with spaces and dashes read as underscores, so "Organisation Code" works too.
export const ONBOARDING_COLUMNS = [
  "email",
  "name",
  "organisation_code",
  "designation",
  "group",
  "employee_code",
  "position_code",
  "roles",
] as const;

export type OnboardingColumn = (typeof ONBOARDING_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly OnboardingColumn[] = ["email", "name", "organisation_code"];

/** The most rows one file may hold; a ministry larger than this uploads in parts. */
export const MAX_ONBOARDING_ROWS = 200_000;
/** About 100 bytes a row at the row limit, with room to spare. */
export const MAX_ONBOARDING_FILE_BYTES = 40 * 1024 * 1024;

/** Roles a file may give; every official is a learner whether the cell says so or not. */
export const FILE_GRANTABLE_ROLES = ["LEARNER", "CONTENT_REVIEWER"] as const;
export type FileGrantableRole = (typeof FILE_GRANTABLE_ROLES)[number];

export function normaliseHeader(header: string): string {
  return header.replace(/^\uFEFF/, "").trim().toLowerCase().replace(/[\s-]+/g, "_");
}

/** The header's problems: required columns missing; unknown columns are ignored but named. */
export function checkHeader(headers: readonly string[]): { missing: OnboardingColumn[]; unknown: string[] } {
  const names = headers.map(normaliseHeader);
  const known = new Set<string>(ONBOARDING_COLUMNS);
  return {
    missing: REQUIRED_COLUMNS.filter((column) => !names.includes(column)),
    unknown: names.filter((name) => name !== "" && !known.has(name)),
  };
}

export const TEMPLATE_EXAMPLE: Record<OnboardingColumn, string> = {
  email: "first.last@example.gov.in",
  name: "First Last",
  organisation_code: "DOR",
  designation: "Under Secretary",
  group: "A",
  employee_code: "EMP-0001",
  position_code: "",
  roles: "LEARNER",
};
