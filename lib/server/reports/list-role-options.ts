import "server-only";
import { cache } from "react";
import { dbRead } from "@/lib/server/db-read";

/** FRAC roles for the report filters, by name. */
export const listRoleOptions = cache(async (): Promise<{ id: string; name: string }[]> =>
  dbRead.fracRole.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } }),
);
