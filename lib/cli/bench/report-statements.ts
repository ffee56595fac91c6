// Statements per page view, counted in-process: the report use-cases run here, in this process,
// against the same database, through a Prisma client whose query events are recorded. Prisma 7
// emits a `query` event for every statement its driver adapter (adapter-pg) sends — ORM reads,
// each relation they load, and $queryRaw alike — with its text, parameters and duration. That
// client replaces the app's `db` the way lib/server/db.ts caches it (globalThis.kaushalDb), and
// each page view gets a fresh React cache() scope, as a request does, so loadCompetencyInfo,
// listRoleOptions and the session user are read once per view, as they are when Next renders.
import * as React from "react";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import type { ReportPage, StepRunner } from "./report-pages";
import { summarise } from "./percentiles";

export type CapturedStatement = { step: string; sql: string; params: string; ms: number };

export type StepProfile = { step: string; statements: number; wallP50: number; sqlP50: number };

export type PageProfile = {
  key: string;
  runs: number;
  statements: number;
  /** False when runs issued different numbers of statements (a cache or data-dependent path). */
  isStable: boolean;
  /** Sum of the statements' own durations (as Prisma reports them), per view. */
  sqlP50: number;
  /** The use-cases one after another in this process, per view. */
  wallP50: number;
  steps: StepProfile[];
  /** Each distinct statement once (as first issued), by its median duration over the runs, slowest first. */
  slowest: CapturedStatement[];
};

type Dispatcher = { getCacheForType: <T>(create: () => T) => T; getOwner: () => null };
type Internals = { A: Dispatcher | null };

// React's server build keeps the current request's cache behind this dispatcher; Next installs
// one per request. Without it cache() calls straight through and counts would overstate a page.
const internals = (React as unknown as Record<string, Internals | undefined>).__SERVER_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;

export const hasRequestCache = !!internals;

async function inRequestCache<T>(work: () => Promise<T>): Promise<T> {
  if (!internals) return work();
  const caches = new Map<unknown, unknown>();
  const previous = internals.A;
  internals.A = {
    getCacheForType: <C>(create: () => C): C => {
      if (!caches.has(create)) caches.set(create, create());
      return caches.get(create) as C;
    },
    getOwner: () => null,
  };
  try {
    return await work();
  } finally {
    internals.A = previous;
  }
}

export type StatementProfiler = {
  profile: (page: ReportPage, runs: number) => Promise<PageProfile>;
  /** `SELECT 1` through the same Prisma client: the floor of one statement through the ORM. */
  selectOne: (runs: number) => Promise<{ runs: number; p50: number; p95: number; max: number }>;
  close: () => Promise<void>;
};

// One slow run on a shared machine should not decide which plans get read: rank by the median.
function bySlowestMedian(runs: readonly CapturedStatement[][]): CapturedStatement[] {
  const byText = new Map<string, { first: CapturedStatement; times: number[] }>();
  for (const statements of runs) {
    for (const statement of statements) {
      const key = `${statement.step}\n${statement.sql}`;
      const entry = byText.get(key) ?? { first: statement, times: [] };
      entry.times.push(statement.ms);
      byText.set(key, entry);
    }
  }
  return [...byText.values()].map((entry) => ({ ...entry.first, ms: summarise(entry.times).p50 })).sort((a, b) => b.ms - a.ms);
}

export function createStatementProfiler(databaseUrl: string): StatementProfiler {
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: 10, statement_timeout: 120_000 }),
    omit: { user: { passwordHash: true } },
    log: [{ emit: "event", level: "query" }],
  });
  let current: CapturedStatement[] | null = null;
  let currentStep = "";
  prisma.$on("query", (event) => {
    current?.push({ step: currentStep, sql: event.query, params: event.params, ms: event.duration });
  });
  // lib/server/db.ts creates its client on first use only when none is cached here.
  const slot = globalThis as unknown as { kaushalDb?: unknown };
  if (slot.kaushalDb) throw new Error("The app's database client was created before the profiler's.");
  slot.kaushalDb = prisma;

  async function viewOnce(page: ReportPage): Promise<{ statements: CapturedStatement[]; steps: Map<string, { wall: number; sql: number; statements: number }> }> {
    const statements: CapturedStatement[] = [];
    const steps = new Map<string, { wall: number; sql: number; statements: number }>();
    const runner: StepRunner = {
      step: async (name, work) => {
        const before = statements.length;
        current = statements;
        currentStep = name;
        const at = performance.now();
        try {
          return await work();
        } finally {
          const mine = statements.slice(before);
          const entry = steps.get(name) ?? { wall: 0, sql: 0, statements: 0 };
          entry.wall += performance.now() - at;
          entry.sql += mine.reduce((sum, statement) => sum + statement.ms, 0);
          entry.statements += mine.length;
          steps.set(name, entry);
          current = null;
        }
      },
    };
    await inRequestCache(() => page.view(runner));
    return { statements, steps };
  }

  return {
    async profile(page, runs) {
      await viewOnce(page); // Warm-up: connections, prepared plans, the pages of the tables.
      const views: Awaited<ReturnType<typeof viewOnce>>[] = [];
      for (let i = 0; i < runs; i++) views.push(await viewOnce(page));
      const last = views[views.length - 1]!;
      const counts = new Set(views.map((view) => view.statements.length));
      const stepNames = [...last.steps.keys()];
      return {
        key: page.key,
        runs,
        statements: last.statements.length,
        isStable: counts.size === 1,
        sqlP50: summarise(views.map((view) => view.statements.reduce((sum, statement) => sum + statement.ms, 0))).p50,
        wallP50: summarise(views.map((view) => [...view.steps.values()].reduce((sum, step) => sum + step.wall, 0))).p50,
        steps: stepNames.map((step) => ({
          step,
          statements: last.steps.get(step)!.statements,
          wallP50: summarise(views.map((view) => view.steps.get(step)?.wall ?? 0)).p50,
          sqlP50: summarise(views.map((view) => view.steps.get(step)?.sql ?? 0)).p50,
        })),
        slowest: bySlowestMedian(views.map((view) => view.statements)),
      };
    },
    async selectOne(runs) {
      for (let i = 0; i < 20; i++) await prisma.$queryRaw`SELECT 1`;
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const at = performance.now();
        await prisma.$queryRaw`SELECT 1`;
        times.push(performance.now() - at);
      }
      return { runs, ...summarise(times) };
    },
    close: () => prisma.$disconnect(),
  };
}
