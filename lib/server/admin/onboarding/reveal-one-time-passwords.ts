import "server-only";
import { z } from "zod";
import type { CurrentUser } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";
import { importWhereVisibleTo } from "./import-access";
import { unsealPassword } from "./seal-password";

export type OneTimePassword = { rowNumber: number; email: string; name: string; password: string | null };

/**
 * The one-time passwords of an import's new officials, shown once: they are read and erased in
 * one transaction, so a second look (or a second admin) finds nothing. null when not the user's.
 */
export async function revealOneTimePasswords(user: CurrentUser, importId: string): Promise<OneTimePassword[] | null> {
  if (!z.uuid().safeParse(importId).success) return null;
  return db.$transaction(async (tx) => {
    const visible = await tx.onboardingImport.count({ where: { id: importId, ...importWhereVisibleTo(user) } });
    if (visible === 0) return null;
    const rows = await tx.$queryRaw<{ rowNumber: number; sealed: string; email: string; name: string }[]>`
      UPDATE "OnboardingImportRow" AS r SET "sealedPassword" = NULL
      FROM "OnboardingImportRow" AS old JOIN "User" u ON u.id = old."userId"
      WHERE r."importId" = ${importId}::uuid AND r."sealedPassword" IS NOT NULL
        AND old."importId" = r."importId" AND old."rowNumber" = r."rowNumber"
      RETURNING r."rowNumber", old."sealedPassword" AS sealed, u.email, u.name`;
    return rows
      .sort((a, b) => a.rowNumber - b.rowNumber)
      .map((row) => ({ rowNumber: row.rowNumber, email: row.email, name: row.name, password: unsealPassword(row.sealed) }));
  });
}
