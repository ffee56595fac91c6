// What the benchmark asks the catalogue: the kinds of search officials make, each a few ways.
import type { CatalogueQuery } from "../../domain/catalogue/catalogue-query.schema";

export type BenchScenario = { name: string; queries: CatalogueQuery[] };

export const BENCH_SCENARIOS: BenchScenario[] = [
  {
    name: "browse (no query)",
    queries: [
      { page: 1 },
      { page: 2 },
      { sort: "rating", page: 1 },
      { sort: "duration", page: 3 },
      { sort: "popular", page: 1 },
    ],
  },
  {
    name: "keyword",
    queries: [
      { q: "procurement", page: 1 },
      { q: "leadership", page: 1 },
      { q: "right to information", page: 1 },
      { q: "digital governance", page: 2 },
      { q: "audit", sort: "rating", page: 1 },
    ],
  },
  {
    name: "typo",
    queries: [
      { q: "procurment", page: 1 },
      { q: "leadrship", page: 1 },
      { q: "grievnce redresal", page: 1 },
      { q: "cybr security", page: 1 },
      { q: "negotation", page: 1 },
    ],
  },
  {
    name: "filters",
    queries: [
      { mode: "ONLINE", language: "EN", page: 1 },
      { competencyType: "BEHAVIOURAL", duration: "1-3h", page: 1 },
      { mode: "BLENDED", duration: "under-30m", sort: "rating", page: 1 },
      { q: "management", mode: "ONLINE", duration: "30-60m", page: 1 },
      { q: "policy", language: "HI", competencyType: "FUNCTIONAL", page: 1 },
    ],
  },
  {
    name: "deep page",
    queries: [
      { page: 40 },
      { sort: "rating", page: 120 },
      { q: "course", page: 30 },
      { mode: "ONLINE", page: 60 },
    ],
  },
  {
    name: "no results",
    queries: [
      { q: "zzqx wvvq", page: 1 },
      { q: "quantum basket weaving", mode: "FACE_TO_FACE", language: "HI", page: 1 },
    ],
  },
];
