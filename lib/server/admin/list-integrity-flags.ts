import "server-only";
import type { CurrentUser } from "@/lib/domain/roles";
import { pageWindow } from "@/lib/domain/pagination";
import type { FlaggedLessonType } from "@/lib/domain/integrity/flag-evidence";
import { organisationScopeFilter } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

export const INTEGRITY_FLAGS_PAGE_SIZE = 20;

export type IntegrityFlagFilter = "open" | "reviewed";

export type IntegrityFlagRow = {
  id: string;
  createdAt: Date;
  reason: string;
  details: unknown;
  official: { name: string; email: string; designation: string | null; organisationName: string };
  lesson: { title: string; type: FlaggedLessonType };
  course: { title: string; slug: string };
  review: { at: Date; outcome: "NO_CONCERN" | "FOLLOWED_UP"; note: string | null; reviewerName: string | null } | null;
};

export type IntegrityFlagPage = { rows: IntegrityFlagRow[]; total: number; openCount: number };

/**
 * Integrity flags of officials in the admin's organisation subtrees, newest first. The scope
 * filter is the same one every admin query uses, so a flag outside the subtree never appears.
 */
export async function listIntegrityFlags(
  user: Pick<CurrentUser, "grants">,
  options: { filter: IntegrityFlagFilter; page: number },
): Promise<IntegrityFlagPage> {
  const inScope = { user: organisationScopeFilter(user, "read") };
  const where = { ...inScope, resolvedAt: options.filter === "open" ? null : { not: null } };
  const { offset, pageSize } = pageWindow(options.page, INTEGRITY_FLAGS_PAGE_SIZE);
  const [flags, total, openCount] = await Promise.all([
    db.integrityFlag.findMany({
      where,
      orderBy: options.filter === "open" ? [{ createdAt: "desc" }, { id: "desc" }] : [{ resolvedAt: "desc" }, { id: "desc" }],
      skip: offset,
      take: pageSize,
      select: {
        id: true,
        createdAt: true,
        reason: true,
        details: true,
        resolvedAt: true,
        outcome: true,
        reviewNote: true,
        resolvedBy: { select: { name: true } },
        user: { select: { name: true, email: true, designation: true, organisation: { select: { name: true } } } },
        lesson: { select: { title: true, type: true, course: { select: { title: true, slug: true } } } },
      },
    }),
    db.integrityFlag.count({ where }),
    options.filter === "open" ? null : db.integrityFlag.count({ where: { ...inScope, resolvedAt: null } }),
  ]);
  return {
    total,
    openCount: openCount ?? total,
    rows: flags.map((flag) => ({
      id: flag.id,
      createdAt: flag.createdAt,
      reason: flag.reason,
      details: flag.details,
      official: {
        name: flag.user.name,
        email: flag.user.email,
        designation: flag.user.designation,
        organisationName: flag.user.organisation?.name ?? "—",
      },
      lesson: { title: flag.lesson.title, type: flag.lesson.type },
      course: { title: flag.lesson.course.title, slug: flag.lesson.course.slug },
      review:
        flag.resolvedAt && flag.outcome
          ? { at: flag.resolvedAt, outcome: flag.outcome, note: flag.reviewNote, reviewerName: flag.resolvedBy?.name ?? null }
          : null,
    })),
  };
}

/** Open flags in the user's subtrees, for the console's home page. */
export function countOpenIntegrityFlags(user: Pick<CurrentUser, "grants">): Promise<number> {
  return db.integrityFlag.count({ where: { resolvedAt: null, user: organisationScopeFilter(user, "read") } });
}
