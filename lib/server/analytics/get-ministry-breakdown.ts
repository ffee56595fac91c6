import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";

export type MinistryRow = {
  id: string;
  code: string;
  name: string;
  officials: number;
  enrolments: number;
  completions: number;
};

type Row = { id: string; code: string; name: string; officials: bigint; enrolments: bigint; completions: bigint };

/**
 * Officials, enrolments and completions per ministry, each ministry counting its whole subtree.
 * Counts are taken once per organisation and then rolled up through the closure table, so every
 * official and enrolment is read once however deep the tree is.
 */
export const getMinistryBreakdown = cache(async (): Promise<MinistryRow[]> => {
  const rows = await db.$queryRaw<Row[]>`
    WITH officials_per_org AS (
      SELECT u."organisationId" AS org_id, count(*) AS officials
      FROM "User" u
      WHERE u."organisationId" IS NOT NULL
      GROUP BY u."organisationId"
    ),
    enrolments_per_org AS (
      SELECT u."organisationId" AS org_id,
             count(*) FILTER (WHERE e.status <> 'WITHDRAWN') AS enrolments,
             count(*) FILTER (WHERE e.status = 'COMPLETED') AS completions
      FROM "Enrolment" e
      JOIN "User" u ON u.id = e."userId"
      WHERE u."organisationId" IS NOT NULL
      GROUP BY u."organisationId"
    )
    SELECT m.id, m.code, m.name,
           coalesce(sum(o.officials), 0)::bigint AS officials,
           coalesce(sum(e.enrolments), 0)::bigint AS enrolments,
           coalesce(sum(e.completions), 0)::bigint AS completions
    FROM "Organisation" m
    JOIN "OrganisationClosure" c ON c."ancestorId" = m.id
    LEFT JOIN officials_per_org o ON o.org_id = c."descendantId"
    LEFT JOIN enrolments_per_org e ON e.org_id = c."descendantId"
    WHERE m.kind = 'MINISTRY'
    GROUP BY m.id, m.code, m.name
    ORDER BY officials DESC, m.name ASC
  `;
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: row.name,
    officials: Number(row.officials),
    enrolments: Number(row.enrolments),
    completions: Number(row.completions),
  }));
});
