import { FILE_GRANTABLE_ROLES, ONBOARDING_COLUMNS, type FileGrantableRole, type OnboardingColumn } from "./columns";

// Rules for one row of an officials CSV, without I/O: the worker supplies what the database knows
// (organisations, positions, the admin's subtree) as lookups.

export type OnboardingCells = Partial<Record<OnboardingColumn, string>>;

export type ServiceGroupCode = "A" | "B" | "C" | "D";

export type OnboardingRow = {
  email: string;
  name: string;
  organisationCode: string;
  designation: string | null;
  group: ServiceGroupCode | null;
  employeeCode: string | null;
  positionCode: string | null;
  roles: FileGrantableRole[];
};

export type RowCheck = { ok: true; row: OnboardingRow } | { ok: false; reasons: string[] };

const EMAIL = /^[^\s@"<>(),;:\\[\]]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
// A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
const GROUPS = new Set(["A", "B", "C", "D"]);
const MAX_LENGTH: Record<OnboardingColumn, number> = {
  email: 254,
  name: 200,
  organisation_code: 64,
  designation: 200,
  group: 1,
  employee_code: 64,
  position_code: 64,
  roles: 200,
};

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Cells of one parsed CSV record by column name; columns the file lacks are left out. */
export function cellsFromRecord(headers: readonly string[], record: readonly string[]): OnboardingCells {
  const cells: OnboardingCells = {};
  const known = new Set<string>(ONBOARDING_COLUMNS);
  headers.forEach((header, index) => {
    if (known.has(header)) cells[header as OnboardingColumn] = record[index] ?? "";
  });
  return cells;
}

/** Everything a row can be refused for on its own: missing, malformed, injected or too long. */
export function checkRowCells(cells: OnboardingCells): RowCheck {
  const reasons: string[] = [];
  const value = (column: OnboardingColumn) => (cells[column] ?? "").trim();

  for (const column of ONBOARDING_COLUMNS) {
    const cell = cells[column] ?? "";
    const start = FORMULA_START.test(cell) ? cell[0] : FORMULA_START.test(cell.trimStart()) ? cell.trimStart()[0] : undefined;
    if (start !== undefined) {
      reasons.push(`${column}: starts with ${JSON.stringify(start)}, which a spreadsheet would run as a formula`);
    } else if (value(column).length > MAX_LENGTH[column]) {
      reasons.push(`${column}: longer than ${MAX_LENGTH[column]} characters`);
    }
  }
  for (const column of ["email", "name", "organisation_code"] as const) {
    if (!value(column)) reasons.push(`${column}: missing`);
  }
  const email = normaliseEmail(value("email"));
  if (email && !reasons.some((reason) => reason.startsWith("email:")) && !EMAIL.test(email)) {
    reasons.push("email: not a valid email address");
  }
  const group = value("group").toUpperCase();
  if (group && !GROUPS.has(group)) reasons.push("group: must be A, B, C or D");

  const roles: FileGrantableRole[] = [];
  for (const raw of value("roles").split(/[;,]/)) {
    const role = raw.trim().toUpperCase().replace(/[\s-]+/g, "_");
    if (!role) continue;
    if ((FILE_GRANTABLE_ROLES as readonly string[]).includes(role)) {
      if (!roles.includes(role as FileGrantableRole)) roles.push(role as FileGrantableRole);
    } else {
      reasons.push(`roles: unknown role ${JSON.stringify(raw.trim())} (a file may give ${FILE_GRANTABLE_ROLES.join(", ")})`);
    }
  }
  if (!roles.includes("LEARNER")) roles.unshift("LEARNER");

  if (reasons.length > 0) return { ok: false, reasons };
  return {
    ok: true,
    row: {
      email,
      name: value("name").replace(/\s+/g, " "),
      organisationCode: value("organisation_code").toUpperCase(),
      designation: value("designation") || null,
      group: (group || null) as ServiceGroupCode | null,
      employeeCode: value("employee_code") || null,
      positionCode: value("position_code").toUpperCase() || null,
      roles,
    },
  };
}

/** What the database knows that a row refers to, looked up once per chunk. */
export type RowLookups = {
  /** Organisation code (upper case) → its id and whether it lies in the admin's subtree. */
  organisations: ReadonlyMap<string, { id: string; isInScope: boolean }>;
  /** FRAC position code (upper case) → its id. */
  positions: ReadonlyMap<string, { id: string }>;
  /** Officials already holding an email of the chunk, and whether the admin may change them. */
  existingByEmail: ReadonlyMap<string, { id: string; isInScope: boolean }>;
  /** Employee codes already held, by the official holding them. */
  employeeCodeHolders: ReadonlyMap<string, string>;
};

export type ResolvedRow = OnboardingRow & { organisationId: string; positionId: string | null; existingUserId: string | null };

export type RowResolution = { ok: true; row: ResolvedRow } | { ok: false; reasons: string[] };

/** The checks that need the database's answers: references and the admin's subtree. */
export function resolveRow(row: OnboardingRow, lookups: RowLookups): RowResolution {
  const reasons: string[] = [];
  const organisation = lookups.organisations.get(row.organisationCode);
  if (!organisation) reasons.push(`organisation_code: unknown organisation ${JSON.stringify(row.organisationCode)}`);
  else if (!organisation.isInScope) reasons.push(`organisation_code: ${row.organisationCode} is outside the organisations you administer`);

  const position = row.positionCode ? lookups.positions.get(row.positionCode) : undefined;
  if (row.positionCode && !position) reasons.push(`position_code: unknown position ${JSON.stringify(row.positionCode)}`);

  const existing = lookups.existingByEmail.get(row.email);
  if (existing && !existing.isInScope) reasons.push("email: belongs to an official outside the organisations you administer");

  if (row.employeeCode) {
    const holder = lookups.employeeCodeHolders.get(row.employeeCode);
    if (holder && holder !== existing?.id) reasons.push(`employee_code: ${row.employeeCode} is already another official's`);
  }

  if (reasons.length > 0 || !organisation) return { ok: false, reasons };
  return { ok: true, row: { ...row, organisationId: organisation.id, positionId: position?.id ?? null, existingUserId: existing?.id ?? null } };
}

export function duplicateReason(firstRowNumber: number): string {
  return `email: the same email as row ${firstRowNumber} of this file`;
}
