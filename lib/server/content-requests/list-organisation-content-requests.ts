import "server-only";
import { cache } from "react";
import type { CurrentUser } from "@/lib/domain/roles";
import { organisationWhereInScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { CONTENT_REQUEST_SELECT, type ContentRequestRow } from "./content-request-select";

/** Requests made for the organisations the user administers (their subtrees), newest first. */
export const listOrganisationContentRequests = cache(async (user: Pick<CurrentUser, "grants">): Promise<ContentRequestRow[]> =>
  db.contentRequest.findMany({
    where: { organisation: organisationWhereInScope(user, "manage") },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 200,
    select: CONTENT_REQUEST_SELECT,
  }),
);
