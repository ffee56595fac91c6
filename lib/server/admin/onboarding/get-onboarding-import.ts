import "server-only";
import { z } from "zod";
import type { CurrentUser } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";
import { importWhereVisibleTo } from "./import-access";

export type OnboardingImportView = {
  id: string;
  fileName: string;
  status: "QUEUED" | "STAGING" | "APPLYING" | "DONE" | "FAILED";
  totalRows: number | null;
  stagedRows: number;
  rowsDone: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  resumed: number;
  sendInvitations: boolean;
  failure: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  /** One-time passwords still waiting to be shown (once). */
  passwordsWaiting: number;
};

const SELECT = {
  id: true,
  fileName: true,
  status: true,
  totalRows: true,
  stagedRows: true,
  rowsDone: true,
  created: true,
  updated: true,
  unchanged: true,
  rejected: true,
  resumed: true,
  sendInvitations: true,
  failure: true,
  createdAt: true,
  finishedAt: true,
} as const;

/** One import's progress, or null when it is not the user's to see (or does not exist). */
export async function getOnboardingImport(user: CurrentUser, importId: string): Promise<OnboardingImportView | null> {
  if (!z.uuid().safeParse(importId).success) return null;
  const found = await db.onboardingImport.findFirst({ where: { id: importId, ...importWhereVisibleTo(user) }, select: SELECT });
  if (!found) return null;
  const passwordsWaiting = await db.onboardingImportRow.count({ where: { importId, sealedPassword: { not: null } } });
  return { ...found, passwordsWaiting };
}

/** The user's recent uploads, newest first. */
export async function listOnboardingImports(user: CurrentUser, limit = 20): Promise<Omit<OnboardingImportView, "passwordsWaiting">[]> {
  return db.onboardingImport.findMany({ where: importWhereVisibleTo(user), orderBy: { createdAt: "desc" }, take: limit, select: SELECT });
}
