import "server-only";
import { cache } from "react";
import { dbRead } from "@/lib/server/db-read";

export type CompetencyInfo = { id: string; name: string; nameHi: string | null; type: "BEHAVIOURAL" | "FUNCTIONAL" | "DOMAIN"; area: string };

/** Every competency, by id: a few hundred rows, read once per request. */
export const loadCompetencyInfo = cache(async (): Promise<Map<string, CompetencyInfo>> => {
  const rows = await dbRead.competency.findMany({ select: { id: true, name: true, nameHi: true, type: true, area: true } });
  return new Map(rows.map((row) => [row.id, row]));
});
