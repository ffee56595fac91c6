import "server-only";
import { cache } from "react";
import type { CurrentUser } from "@/lib/domain/roles";
import { hasRole } from "@/lib/domain/permissions";
import { providerIdsOf } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { CONTENT_REQUEST_SELECT, type ContentRequestRow } from "./content-request-select";

export type ProviderContentRequests = {
  open: ContentRequestRow[];
  /** Requests one of the user's providers took on or answered. */
  mine: ContentRequestRow[];
  /** The user's providers' published courses, to link one that fulfils a request. */
  publishedCourses: { id: string; title: string }[];
};

/** Open requests from every organisation (any provider may take one on) and the user's providers' own. */
export const listProviderContentRequests = cache(async (user: Pick<CurrentUser, "grants">): Promise<ProviderContentRequests> => {
  const providerIds = providerIdsOf(user);
  const ownProviders = hasRole(user, "SUPER_ADMIN") && providerIds.length === 0 ? { not: null } : { in: providerIds };
  const [open, mine, publishedCourses] = await Promise.all([
    db.contentRequest.findMany({ where: { status: "OPEN" }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: 200, select: CONTENT_REQUEST_SELECT }),
    db.contentRequest.findMany({ where: { providerId: ownProviders, status: { not: "OPEN" } }, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take: 200, select: CONTENT_REQUEST_SELECT }),
    db.course.findMany({ where: { providerId: { in: providerIds }, status: "PUBLISHED" }, orderBy: [{ title: "asc" }], take: 500, select: { id: true, title: true } }),
  ]);
  return { open, mine, publishedCourses };
});
