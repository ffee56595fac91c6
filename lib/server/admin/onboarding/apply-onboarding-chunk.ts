import "server-only";
import { checkRowCells, duplicateReason, resolveRow, type OnboardingCells, type ResolvedRow } from "@/lib/domain/admin/onboarding/row-rules";
import type { OnboardingRowOutcome, Prisma, Role } from "@/lib/generated/prisma/client";
import { db, type DbTransaction } from "@/lib/server/db";
import { newId } from "@/lib/server/factories/new-id";
import { loadChunkLookups, type UploaderScope } from "./load-chunk-lookups";
import { hashOneTimePassword, newOneTimePassword } from "./one-time-password";
import { renewClaim } from "./import-claim";
import { sealPassword } from "./seal-password";
import { invitationEmail } from "./invitation-email";
import { queueEmails } from "@/lib/server/mail/queue-emails";

type RowResult = { rowNumber: number; outcome: OnboardingRowOutcome; reasons: string[]; userId: string | null; sealedPassword: string | null };

type ExistingUser = {
  id: string;
  name: string;
  organisationId: string | null;
  designation: string | null;
  group: string | null;
  employeeCode: string | null;
  fracPositionId: string | null;
  roles: { role: Role; organisationId: string | null; providerId: string | null }[];
};

/**
 * Validates and applies the next chunk of staged rows in one transaction: the officials, their
 * role grants, every row's outcome and the import's counters and cursor commit together or not
 * at all, so a worker stopped at any instant leaves the import exactly at a chunk boundary.
 * Returns how many rows it applied; 0 when none are left.
 */
export async function applyOnboardingChunk(options: {
  importId: string;
  token: string;
  rowsDone: number;
  chunkSize: number;
  scope: UploaderScope;
  /** Email each new official a link to set their password, instead of a one-time password. */
  sendInvitations: boolean;
}): Promise<number> {
  return db.$transaction(
    async (tx) => {
      await renewClaim(tx, { importId: options.importId, token: options.token, cursor: { column: "rowsDone", value: options.rowsDone } });
      // The k-th data row is spreadsheet row k + 1 (the header is row 1).
      const rows = await tx.onboardingImportRow.findMany({
        where: { importId: options.importId, rowNumber: { gte: options.rowsDone + 2, lte: options.rowsDone + 1 + options.chunkSize } },
        orderBy: { rowNumber: "asc" },
        select: { rowNumber: true, email: true, cells: true },
      });
      if (rows.length === 0) return 0;

      const results = await applyRows(tx, options.importId, rows, options.scope, options.sendInvitations);
      await recordResults(tx, options.importId, results);
      const count = (outcome: OnboardingRowOutcome) => results.filter((result) => result.outcome === outcome).length;
      await tx.onboardingImport.update({
        where: { id: options.importId },
        data: {
          rowsDone: { increment: rows.length },
          created: { increment: count("CREATED") },
          updated: { increment: count("UPDATED") },
          unchanged: { increment: count("UNCHANGED") },
          rejected: { increment: count("REJECTED") },
        },
        select: { id: true },
      });
      return rows.length;
    },
    { maxWait: 20_000, timeout: 120_000 },
  );
}

async function applyRows(
  tx: Prisma.TransactionClient,
  importId: string,
  rows: { rowNumber: number; email: string; cells: unknown }[],
  scope: UploaderScope,
  sendInvitations: boolean,
): Promise<RowResult[]> {
  const checked = rows.map((row) => ({ rowNumber: row.rowNumber, check: checkRowCells(row.cells as OnboardingCells) }));
  const valid = checked.flatMap((entry) => (entry.check.ok ? [entry.check.row] : []));
  const lookups = await loadChunkLookups(tx, { importId, rows: valid, scope });

  const results: RowResult[] = [];
  // Plain one-time passwords live only for the length of one chunk, in this process.
  const passwords = new Map<string, string>();
  const creates: ResolvedRow[] = [];
  const createdIds = new Map<string, string>();
  // Employee codes given earlier in this chunk, so two rows cannot both take one.
  const codesTaken = new Map(lookups.employeeCodeHolders);

  for (const { rowNumber, check } of checked) {
    if (!check.ok) {
      results.push({ rowNumber, outcome: "REJECTED", reasons: check.reasons, userId: null, sealedPassword: null });
      continue;
    }
    const first = lookups.firstRowByEmail.get(check.row.email);
    if (first !== undefined && first < rowNumber) {
      results.push({ rowNumber, outcome: "REJECTED", reasons: [duplicateReason(first)], userId: null, sealedPassword: null });
      continue;
    }
    const resolved = resolveRow(check.row, { ...lookups, employeeCodeHolders: codesTaken });
    if (!resolved.ok) {
      results.push({ rowNumber, outcome: "REJECTED", reasons: resolved.reasons, userId: null, sealedPassword: null });
      continue;
    }
    const row = resolved.row;
    const existing = row.existingUserId ? lookups.existingUsers.get(row.existingUserId) : undefined;
    if (existing) {
      const outcome = await updateOfficial(tx, existing, row);
      if (row.employeeCode) codesTaken.set(row.employeeCode, existing.id);
      results.push({ rowNumber, outcome, reasons: [], userId: existing.id, sealedPassword: null });
    } else {
      const id = newId();
      createdIds.set(row.email, id);
      if (row.employeeCode) codesTaken.set(row.employeeCode, id);
      creates.push(row);
      if (sendInvitations) {
        results.push({ rowNumber, outcome: "CREATED", reasons: [], userId: id, sealedPassword: null });
      } else {
        const password = newOneTimePassword();
        results.push({ rowNumber, outcome: "CREATED", reasons: [], userId: id, sealedPassword: sealPassword(password) });
        passwords.set(id, password);
      }
    }
  }

  if (creates.length > 0) {
    const hashes = await Promise.all(
      creates.map((row) => {
        const password = passwords.get(createdIds.get(row.email) ?? "");
        return password ? hashOneTimePassword(password) : null;
      }),
    );
    await tx.user.createMany({
      data: creates.map((row, index) => ({
        id: createdIds.get(row.email) ?? newId(),
        email: row.email,
        name: row.name,
        organisationId: row.organisationId,
        designation: row.designation,
        group: row.group,
        employeeCode: row.employeeCode,
        fracPositionId: row.positionId,
        passwordHash: hashes[index] ?? null,
        // A one-time password the admin reads: the official must replace it at first sign-in.
        mustChangePassword: hashes[index] != null,
      })),
    });
    await tx.userRole.createMany({
      data: creates.flatMap((row) => row.roles.map((role) => ({ userId: createdIds.get(row.email) ?? "", role }))),
      skipDuplicates: true,
    });
    if (sendInvitations) {
      await queueEmails(
        tx,
        creates.map((row) => invitationEmail({ userId: createdIds.get(row.email) ?? "", email: row.email, name: row.name, importId })),
      );
    }
  }
  return results;
}

async function updateOfficial(tx: DbTransaction, existing: ExistingUser, row: ResolvedRow): Promise<OnboardingRowOutcome> {
  const fields = {
    name: row.name,
    organisationId: row.organisationId,
    // An empty cell leaves what the official already has; a file never blanks a field.
    designation: row.designation ?? existing.designation,
    group: row.group ?? (existing.group as ResolvedRow["group"]),
    employeeCode: row.employeeCode ?? existing.employeeCode,
    fracPositionId: row.positionId ?? existing.fracPositionId,
  };
  const isChanged =
    fields.name !== existing.name ||
    fields.organisationId !== existing.organisationId ||
    fields.designation !== existing.designation ||
    fields.group !== existing.group ||
    fields.employeeCode !== existing.employeeCode ||
    fields.fracPositionId !== existing.fracPositionId;
  const missingRoles = row.roles.filter(
    (role) => !existing.roles.some((grant) => grant.role === role && grant.organisationId === null && grant.providerId === null),
  );
  if (isChanged) await tx.user.update({ where: { id: existing.id }, data: fields, select: { id: true } });
  if (missingRoles.length > 0) {
    await tx.userRole.createMany({ data: missingRoles.map((role) => ({ userId: existing.id, role })), skipDuplicates: true });
  }
  return isChanged || missingRoles.length > 0 ? "UPDATED" : "UNCHANGED";
}

async function recordResults(tx: DbTransaction, importId: string, results: RowResult[]): Promise<void> {
  // One statement for the chunk: reasons travel as JSON text, since arrays of arrays do not unnest.
  await tx.$executeRaw`
    UPDATE "OnboardingImportRow" AS r
    SET outcome = v.outcome::"OnboardingRowOutcome",
        reasons = ARRAY(SELECT jsonb_array_elements_text(v.reasons::jsonb)),
        "userId" = v.user_id::uuid,
        "sealedPassword" = v.sealed
    FROM unnest(
      ${results.map((result) => result.rowNumber)}::int[],
      ${results.map((result) => result.outcome)}::text[],
      ${results.map((result) => JSON.stringify(result.reasons))}::text[],
      ${results.map((result) => result.userId)}::text[],
      ${results.map((result) => result.sealedPassword)}::text[]
    ) AS v(row_number, outcome, reasons, user_id, sealed)
    WHERE r."importId" = ${importId}::uuid AND r."rowNumber" = v.row_number`;
}
