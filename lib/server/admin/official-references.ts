import "server-only";
import type { OfficialFieldsInput } from "@/lib/domain/admin/officials.schema";
import type { FieldErrors } from "@/lib/domain/action-result";
import type { CurrentUser } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { organisationScopeFilter, organisationWhereInScope } from "@/lib/server/auth/scope";

/**
 * Checks the ids an admin's form names against the admin's own scope: the organisation and the
 * reporting officer must lie in the subtree they manage; a FRAC post must belong to such an
 * organisation or to none (a generic post). Anything else is a field error, as if it did not exist.
 */
export async function checkOfficialReferences(
  tx: Prisma.TransactionClient,
  actor: Pick<CurrentUser, "grants">,
  form: Pick<OfficialFieldsInput, "organisationId" | "fracPositionId" | "reportingOfficerId">,
): Promise<{ fieldErrors: FieldErrors; officerChain: string[] }> {
  const fieldErrors: FieldErrors = {};
  const [organisation, position, officer] = await Promise.all([
    tx.organisation.findFirst({ where: { AND: [{ id: form.organisationId }, organisationWhereInScope(actor, "manage")] }, select: { id: true } }),
    form.fracPositionId
      ? tx.fracPosition.findFirst({
          where: { id: form.fracPositionId, OR: [{ organisationId: null }, { organisation: organisationWhereInScope(actor, "manage") }] },
          select: { id: true },
        })
      : null,
    form.reportingOfficerId
      ? tx.user.findFirst({ where: { AND: [{ id: form.reportingOfficerId }, organisationScopeFilter(actor, "manage")] }, select: { id: true } })
      : null,
  ]);
  if (!organisation) fieldErrors.organisationId = ["Choose an organisation you administer."];
  if (form.fracPositionId && !position) fieldErrors.fracPositionId = ["Choose a FRAC post of an organisation you administer."];
  if (form.reportingOfficerId && !officer) fieldErrors.reportingOfficerId = ["Choose a reporting officer from your organisation."];

  let officerChain: string[] = [];
  if (officer) {
    // The proposed officer and everyone above them, to refuse a reporting line that loops.
    const rows = await tx.$queryRaw<{ id: string }[]>`
      WITH RECURSIVE chain(id, depth) AS (
        SELECT ${officer.id}::uuid, 0
        UNION ALL
        SELECT u."reportingOfficerId", chain.depth + 1 FROM "User" u JOIN chain ON u.id = chain.id
        WHERE u."reportingOfficerId" IS NOT NULL AND chain.depth < 100
      )
      SELECT id::text AS id FROM chain
    `;
    officerChain = rows.map((row) => row.id);
  }
  return { fieldErrors, officerChain };
}
