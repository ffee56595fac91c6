import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";

/** FRAC roles for the report filters, by name. */
export const listRoleOptions = cache(async (): Promise<{ id: string; name: string }[]> =>
  db.fracRole.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } }),
);
