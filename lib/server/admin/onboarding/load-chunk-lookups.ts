import "server-only";
import type { OnboardingRow, RowLookups } from "@/lib/domain/admin/onboarding/row-rules";
import type { Role } from "@/lib/generated/prisma/client";
import type { DbTransaction } from "@/lib/server/db";

/** Whose subtree an import may touch: re-read from the uploader's grants when the job runs. */
export type UploaderScope = { isWholeGovernment: boolean; rootIds: string[] };

export type ChunkLookups = RowLookups & {
  /** Email → the first row of the whole file that gives it. */
  firstRowByEmail: ReadonlyMap<string, number>;
  existingUsers: ReadonlyMap<
    string,
    {
      id: string;
      name: string;
      organisationId: string | null;
      designation: string | null;
      group: string | null;
      employeeCode: string | null;
      fracPositionId: string | null;
      roles: { role: Role; organisationId: string | null; providerId: string | null }[];
    }
  >;
};

/** Everything the rows of one chunk refer to, in a handful of indexed queries. */
export async function loadChunkLookups(
  tx: DbTransaction,
  options: { importId: string; rows: readonly OnboardingRow[]; scope: UploaderScope },
): Promise<ChunkLookups> {
  const emails = [...new Set(options.rows.map((row) => row.email))];
  const organisationCodes = [...new Set(options.rows.map((row) => row.organisationCode))];
  const positionCodes = [...new Set(options.rows.flatMap((row) => (row.positionCode ? [row.positionCode] : [])))];
  const employeeCodes = [...new Set(options.rows.flatMap((row) => (row.employeeCode ? [row.employeeCode] : [])))];

  const [firsts, organisations, positions, existing, codeHolders] = await Promise.all([
    tx.$queryRaw<{ email: string; first: number }[]>`
      SELECT email, min("rowNumber")::int AS first FROM "OnboardingImportRow"
      WHERE "importId" = ${options.importId}::uuid AND email = ANY(${emails}::text[]) GROUP BY email`,
    tx.$queryRaw<{ id: string; code: string }[]>`
      SELECT id::text, upper(code) AS code FROM "Organisation" WHERE upper(code) = ANY(${organisationCodes}::text[])`,
    tx.$queryRaw<{ id: string; code: string }[]>`
      SELECT id::text, upper(code) AS code FROM "FracPosition" WHERE upper(code) = ANY(${positionCodes}::text[])`,
    tx.user.findMany({
      where: { email: { in: emails } },
      select: {
        id: true,
        email: true,
        name: true,
        organisationId: true,
        designation: true,
        group: true,
        employeeCode: true,
        fracPositionId: true,
        roles: { select: { role: true, organisationId: true, providerId: true } },
      },
    }),
    tx.user.findMany({ where: { employeeCode: { in: employeeCodes } }, select: { id: true, employeeCode: true } }),
  ]);

  const organisationIds = [...new Set([...organisations.map((o) => o.id), ...existing.flatMap((u) => (u.organisationId ? [u.organisationId] : []))])];
  const inScope = await organisationsInScope(tx, organisationIds, options.scope);

  return {
    firstRowByEmail: new Map(firsts.map((row) => [row.email, row.first])),
    organisations: new Map(organisations.map((o) => [o.code, { id: o.id, isInScope: inScope.has(o.id) }])),
    positions: new Map(positions.map((p) => [p.code, { id: p.id }])),
    existingByEmail: new Map(
      existing.map((u) => [u.email, { id: u.id, isInScope: u.organisationId !== null ? inScope.has(u.organisationId) : options.scope.isWholeGovernment }]),
    ),
    existingUsers: new Map(existing.map((u) => [u.id, u])),
    employeeCodeHolders: new Map(codeHolders.flatMap((u) => (u.employeeCode ? [[u.employeeCode, u.id] as const] : []))),
  };
}

async function organisationsInScope(tx: DbTransaction, organisationIds: string[], scope: UploaderScope): Promise<Set<string>> {
  if (scope.isWholeGovernment) return new Set(organisationIds);
  if (scope.rootIds.length === 0 || organisationIds.length === 0) return new Set();
  const links = await tx.organisationClosure.findMany({
    where: { ancestorId: { in: scope.rootIds }, descendantId: { in: organisationIds } },
    select: { descendantId: true },
  });
  return new Set(links.map((link) => link.descendantId));
}
