// `npm run test:faults`: the fault and scale-out rehearsal on one machine with the real parts.
//  - a PostgreSQL primary and a streaming replica (pg_basebackup -R) of its own, on 5433/5434;
//  - two production app instances (lib/cli/start.ts over the build in .next-h4) on 3710/3711,
//    sharing one secret, writing to the primary and reading reports from the replica;
//  - a sign-in write load across both; the primary restarted (fast, then immediate shutdown);
//    the pool exhausted; one instance killed mid-load;
//  - every acknowledged write recounted in SQL on the primary afterwards.
// Prints a table, writes tests/artifacts/faults/faults-<time>.json, exits 1 when a check fails.
// Talks only to 127.0.0.1. Env: FAULTS_PRIMARY_PORT, FAULTS_REPLICA_PORT, FAULTS_APP_PORTS
// ("3710,3711"), FAULTS_DIST_DIR (.next-h4), FAULTS_REBUILD=1 to rebuild an existing build,
// FAULTS_APP_ROOT to serve a clean checkout (`git archive HEAD` with node_modules and
// lib/generated linked in) while this tree is mid-edit and will not build.
import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { applyMigrations } from "../../prisma/schema-engine";
import { seedDatabase } from "../../prisma/seed-data/seed-database";
import { DEMO_ACCOUNTS } from "../../prisma/seed-data/demo-accounts";
import { startAppInstance, type AppInstance } from "./app-instances";
import { createClusters, type Clusters } from "./clusters";
import { signIn, startSignInLoad, type Account, type Attempt } from "./load";
import { checkPoolTimeouts } from "./pool-timeouts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const APP_ROOT = process.env.FAULTS_APP_ROOT ? path.resolve(process.env.FAULTS_APP_ROOT) : ROOT;
const ARTIFACTS_DIR = path.join(ROOT, "tests", "artifacts", "faults");
const DIST_DIR = process.env.FAULTS_DIST_DIR ?? ".next-h4";
const PRIMARY_PORT = Number(process.env.FAULTS_PRIMARY_PORT ?? 5433);
const REPLICA_PORT = Number(process.env.FAULTS_REPLICA_PORT ?? 5434);
const [PORT_A, PORT_B] = (process.env.FAULTS_APP_PORTS ?? "3710,3711").split(",").map(Number) as [number, number];
const DATABASE = "kaushal";
// The issue's limits.
const ERRORS_STOP_WITHIN_MS = 10_000;
const BUSY_ANSWER_WITHIN_MS = 5_000;
const RECOVERY_WITHIN_MS = 10_000;

const runId = new Date().toISOString().replace(/[:.]/g, "-");
const log = (message: string) => console.log(`[faults ${new Date().toISOString().slice(11, 19)}] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Check = { name: string; pass: boolean; figures: string; data?: unknown };
const checks: Check[] = [];
function record(check: Check): void {
  checks.push(check);
  log(`${check.pass ? "PASS" : "FAIL"} ${check.name}: ${check.figures}`);
}

const loadAccounts: Account[] = [DEMO_ACCOUNTS.learner, DEMO_ACCOUNTS.hindiLearner, DEMO_ACCOUNTS.reportingOfficer, DEMO_ACCOUNTS.reviewer];
const allAttempts: Attempt[] = [];

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: APP_ROOT, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

async function ensureBuild(): Promise<void> {
  if (existsSync(path.join(APP_ROOT, DIST_DIR, "BUILD_ID")) && process.env.FAULTS_REBUILD !== "1") {
    log(`serving the existing production build in ${DIST_DIR} (FAULTS_REBUILD=1 rebuilds it)`);
    return;
  }
  log(`building the production app into ${DIST_DIR}…`);
  await run("npx", ["next", "build"], { ...process.env, NEXT_DIST_DIR: DIST_DIR, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

async function prepareDatabase(clusters: Clusters): Promise<void> {
  await withClient(clusters.primary.url("postgres"), (client) => client.query(`CREATE DATABASE ${DATABASE}`));
  log("applying migrations and seeding the demo data on the primary…");
  await applyMigrations(clusters.primary.url(DATABASE));
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: clusters.primary.url(DATABASE), max: 4 }) });
  try {
    await seedDatabase(prisma);
  } finally {
    await prisma.$disconnect();
  }
  // The replica must have replayed the seed before reports are read from it.
  const primaryLsn = await withClient(clusters.primary.url(DATABASE), async (c) => (await c.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn")).rows[0]!.lsn);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const caughtUp = await withClient(clusters.replica.url("postgres"), async (c) =>
      (await c.query<{ ok: boolean }>("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok", [primaryLsn])).rows[0]!.ok,
    );
    if (caughtUp) break;
    if (Date.now() > deadline) throw new Error("The replica did not catch up with the seed within 60 s.");
    await sleep(250);
  }
  log("replica has replayed the seed");
}

async function sessionUser(baseUrl: string, cookie: string): Promise<string | null> {
  const response = await fetch(`${baseUrl}/api/auth/session`, { headers: { cookie }, signal: AbortSignal.timeout(20_000) });
  const body = (await response.json().catch(() => ({}))) as { user?: { email?: string } };
  return body.user?.email ?? null;
}

async function signOut(baseUrl: string, cookie: string): Promise<number> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers: { cookie } });
  const csrfCookie = csrf.headers.getSetCookie().map((h) => h.split(";")[0]).join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: [cookie, csrfCookie].filter(Boolean).join("; ") },
    body: new URLSearchParams({ csrfToken, callbackUrl: `${baseUrl}/`, json: "true" }),
  });
  return response.status;
}

async function checkSessionsAcrossInstances(a: AppInstance, b: AppInstance): Promise<void> {
  const account = DEMO_ACCOUNTS.mdoAdmin;
  const result = await signIn(a.baseUrl, account, `kaushal-faults/${runId}/session-check`);
  const onB = result.ok ? await sessionUser(b.baseUrl, result.cookie) : null;
  record({
    name: "session made on A works on B",
    pass: result.ok && onB === account.email,
    figures: `sign-in on A ${result.ok ? "ok" : `failed (${result.error})`}; B sees ${onB ?? "no session"}`,
  });
  const status = await signOut(a.baseUrl, result.cookie);
  const afterOnB = await sessionUser(b.baseUrl, result.cookie);
  const afterOnA = await sessionUser(a.baseUrl, result.cookie);
  record({
    name: "sign-out on A is refused on B",
    pass: result.ok && afterOnB === null && afterOnA === null,
    figures: `sign-out on A HTTP ${status}; the old cookie on B: ${afterOnB ?? "refused"}, on A: ${afterOnA ?? "refused"}`,
  });
}

async function checkRateLimitAcrossInstances(a: AppInstance, b: AppInstance): Promise<void> {
  const account = DEMO_ACCOUNTS.provider;
  const limit = Number(process.env.SIGN_IN_MAX_ATTEMPTS ?? 5);
  const outcomes: string[] = [];
  let refusedAt: number | null = null;
  for (let i = 1; i <= limit + 3 && refusedAt === null; i++) {
    const instance = i % 2 === 1 ? a : b;
    const result = await signIn(instance.baseUrl, { email: account.email, password: "wrong-password" }, `kaushal-faults/${runId}/rate-limit/${i}`);
    outcomes.push(`${instance.name}:${result.error ?? "ok"}`);
    if (result.error?.startsWith("RateLimited")) refusedAt = i;
  }
  // The right password is refused too while the pair is locked, on whichever instance.
  const right = await signIn(b.baseUrl, account, `kaushal-faults/${runId}/rate-limit/right`);
  record({
    name: "sign-in limit holds across instances",
    pass: refusedAt !== null && refusedAt <= limit + 1 && !right.ok && (right.error ?? "").startsWith("RateLimited"),
    figures: `wrong passwords alternating A/B: refused at attempt ${refusedAt ?? "never"} (limit ${limit}); then the right password on B: ${right.ok ? "signed in" : right.error}`,
    data: { outcomes },
  });
}

async function replicaCommits(clusters: Clusters): Promise<number> {
  return withClient(clusters.replica.url("postgres"), async (c) => {
    const { rows } = await c.query<{ n: string }>("SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = $1", [DATABASE]);
    return Number(rows[0]?.n ?? 0);
  });
}

async function checkReportsReadFromReplica(clusters: Clusters, a: AppInstance, b: AppInstance): Promise<void> {
  const session = await signIn(a.baseUrl, DEMO_ACCOUNTS.analyst, `kaushal-faults/${runId}/reports`);
  const before = await replicaCommits(clusters);
  const statuses: number[] = [];
  for (const instance of [a, b]) {
    for (const page of ["/reports", "/reports/gaps", "/reports/courses", "/reports/role-fit"]) {
      const response = await fetch(`${instance.baseUrl}${page}`, { headers: { cookie: session.cookie }, signal: AbortSignal.timeout(60_000) });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
  }
  await sleep(1_500); // statistics reach pg_stat_database within a second of a transaction
  const after = await replicaCommits(clusters);
  const ok = statuses.filter((s) => s === 200).length;
  record({
    name: "report reads go to the replica",
    pass: session.ok && ok === statuses.length && after - before > 0,
    figures: `${ok}/${statuses.length} report pages 200 on A and B; replica transactions on ${DATABASE} +${after - before}`,
    data: { statuses },
  });
}

/**
 * Progress heartbeats (the app's most frequent write) from the load accounts on lessons of courses
 * they are enrolled in, across both instances: the per-request cost that sizes the app tier.
 */
async function measureHeartbeats(clusters: Clusters, instances: AppInstance[]): Promise<void> {
  const targets = await withClient(clusters.primary.url(DATABASE), async (c) =>
    (
      await c.query<{ email: string; lessonId: string; type: string }>(
        `SELECT DISTINCT ON (u.email) u.email, l.id AS "lessonId", l.type::text AS type
         FROM "User" u JOIN "Enrolment" e ON e."userId" = u.id AND e.status <> 'WITHDRAWN'
         JOIN "Lesson" l ON l."courseId" = e."courseId" AND l."archivedAt" IS NULL AND l.type IN ('VIDEO', 'TEXT', 'PDF')
         WHERE u.email = ANY($1) ORDER BY u.email, l.type DESC, l.id`,
        [loadAccounts.map((a) => a.email)],
      )
    ).rows,
  );
  const sessions: { cookie: string; lessonId: string; type: string }[] = [];
  for (const target of targets) {
    const account = loadAccounts.find((a) => a.email === target.email)!;
    const result = await signIn(instances[0]!.baseUrl, account, `kaushal-faults/${runId}/heartbeat/${account.email}`);
    if (result.ok) sessions.push({ cookie: result.cookie, lessonId: target.lessonId, type: target.type });
  }
  const statuses: (number | string)[] = [];
  const ms: number[] = [];
  const startedAt = Date.now();
  const until = startedAt + 20_000;
  let n = 0;
  const loop = async (worker: number) => {
    while (Date.now() < until && n < 20_000) {
      const i = n++;
      const session = sessions[(i + worker) % sessions.length]!;
      const instance = instances[i % instances.length]!;
      const body = session.type === "VIDEO" ? { kind: "video", lessonId: session.lessonId, positionSeconds: i % 600 } : { kind: "active", lessonId: session.lessonId };
      const t = Date.now();
      try {
        const response = await fetch(`${instance.baseUrl}/api/progress/heartbeat`, {
          method: "POST",
          headers: { cookie: session.cookie, "content-type": "application/json", origin: instance.baseUrl },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(30_000),
        });
        await response.arrayBuffer();
        statuses.push(response.status);
      } catch (error) {
        statuses.push(error instanceof Error ? error.name : "error");
      }
      ms.push(Date.now() - t);
    }
  };
  if (sessions.length) await Promise.all(Array.from({ length: 8 }, (_, worker) => loop(worker)));
  const seconds = (Date.now() - startedAt) / 1000;
  const sorted = ms.sort((a, b) => a - b);
  const serverErrors = statuses.filter((x) => typeof x !== "number" || x >= 500).length;
  record({
    name: "progress heartbeats across both instances: no server errors",
    pass: sessions.length > 0 && statuses.length > 0 && serverErrors === 0,
    figures: `${statuses.length} heartbeats from ${sessions.length} officials in ${seconds.toFixed(1)} s at concurrency 8: ${(statuses.length / seconds).toFixed(1)}/s, p50 ${percentile(sorted, 50)} ms, p95 ${percentile(sorted, 95)} ms; answers ${JSON.stringify(countBy(statuses))}`,
    data: { perSecond: statuses.length / seconds, p50Ms: percentile(sorted, 50), p95Ms: percentile(sorted, 95), statuses: countBy(statuses) },
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : Number.NaN;
}

/** Counts, and the healthy phase before `until` (the fault): sign-ins per second and latency. */
function summariseLoad(attempts: Attempt[], until = Number.POSITIVE_INFINITY) {
  const acknowledged = attempts.filter((x) => x.acknowledged).length;
  const failures = attempts.filter((x) => !x.acknowledged);
  const outcomes: Record<string, number> = {};
  for (const f of failures) outcomes[f.outcome] = (outcomes[f.outcome] ?? 0) + 1;
  const healthy = attempts.filter((x) => x.acknowledged && x.endedAt <= until);
  const start = Math.min(...attempts.map((x) => x.startedAt));
  const end = Math.min(until, Math.max(...attempts.map((x) => x.endedAt)));
  const ms = healthy.map((x) => x.endedAt - x.startedAt).sort((a, b) => a - b);
  return {
    attempts: attempts.length,
    acknowledged,
    failed: failures.length,
    outcomes,
    healthyPhase: { signInsPerSecond: healthy.length / Math.max(1, (end - start) / 1000), p50Ms: percentile(ms, 50), p95Ms: percentile(ms, 95) },
  };
}

const phase = (summary: ReturnType<typeof summariseLoad>) =>
  `before the fault ${summary.healthyPhase.signInsPerSecond.toFixed(1)} sign-ins/s (p50 ${summary.healthyPhase.p50Ms} ms, p95 ${summary.healthyPhase.p95Ms} ms)`;

async function recount(clusters: Clusters, attempts: Attempt[]): Promise<{ lost: string[]; duplicates: string[]; inDoubtCommitted: number }> {
  const rows = await withClient(clusters.primary.url(DATABASE), async (c) =>
    (await c.query<{ ua: string; n: number }>(`SELECT "userAgent" AS ua, count(*)::int AS n FROM "UserSession" WHERE "userAgent" LIKE $1 GROUP BY 1`, [`kaushal-faults/${runId}/%`])).rows,
  );
  const counts = new Map(rows.map((r) => [r.ua, r.n]));
  const keys = new Set(attempts.map((x) => x.key));
  return {
    lost: attempts.filter((x) => x.acknowledged && !counts.has(x.key)).map((x) => x.key),
    duplicates: rows.filter((r) => r.n > 1 && keys.has(r.ua)).map((r) => r.ua),
    // Answered with an error (or cut off) although the row committed: the official sees a failed
    // sign-in and tries again; an orphan session row, never a lost or doubled write.
    inDoubtCommitted: attempts.filter((x) => !x.acknowledged && counts.has(x.key)).length,
  };
}

async function instancesServe(instances: AppInstance[]): Promise<string[]> {
  const down: string[] = [];
  for (const instance of instances) {
    let ok = false;
    try {
      ok = instance.isAlive() && (await fetch(`${instance.baseUrl}/sign-in`, { signal: AbortSignal.timeout(20_000) })).ok;
    } catch {
      ok = false;
    }
    if (!ok) down.push(instance.name);
  }
  return down;
}

async function checkPrimaryRestart(clusters: Clusters, instances: AppInstance[], mode: "fast" | "immediate"): Promise<void> {
  const label = `restart-${mode}`;
  log(`primary restart (${mode} shutdown) under a sign-in write load on both instances…`);
  const load = startSignInLoad({ runId, label, instances, accounts: loadAccounts, concurrency: 4 });
  await sleep(5_000);
  const stoppedAt = Date.now();
  await clusters.primary.stop(mode);
  await sleep(3_000);
  await clusters.primary.start();
  const backAt = Date.now();
  log(`primary back after ${((backAt - stoppedAt) / 1000).toFixed(1)} s; load continues 15 s`);
  await sleep(15_000);
  const attempts = await load.stop();
  allAttempts.push(...attempts);
  const failedAfterBack = attempts.filter((x) => !x.acknowledged && x.endedAt > backAt);
  const lastErrorMs = failedAfterBack.length ? Math.max(...failedAfterBack.map((x) => x.endedAt)) - backAt : 0;
  const okAfter = attempts.filter((x) => x.acknowledged && x.startedAt > backAt + ERRORS_STOP_WITHIN_MS).length;
  const { lost, duplicates, inDoubtCommitted } = await recount(clusters, attempts);
  const down = await instancesServe(instances);
  const summary = summariseLoad(attempts, stoppedAt);
  record({
    name: `primary restart (${mode}): app stays up, errors stop ≤ ${ERRORS_STOP_WITHIN_MS / 1000} s`,
    pass: down.length === 0 && lastErrorMs <= ERRORS_STOP_WITHIN_MS && okAfter > 0,
    figures: `down ${((backAt - stoppedAt) / 1000).toFixed(1)} s; last error ${(lastErrorMs / 1000).toFixed(1)} s after return; ${okAfter} sign-ins ok after; instances down: ${down.join(", ") || "none"}`,
    data: { ...summary, lastErrorMs, stoppedAt, backAt },
  });
  record({
    name: `primary restart (${mode}): no acknowledged write lost, none doubled`,
    pass: lost.length === 0 && duplicates.length === 0 && summary.acknowledged > 0,
    figures: `${summary.acknowledged} acknowledged, ${summary.failed} failed; lost ${lost.length}, duplicates ${duplicates.length}, failed-but-committed ${inDoubtCommitted}; ${phase(summary)}`,
    data: { lost, duplicates, outcomes: summary.outcomes },
  });
}

type Probe = { status: number | string; retryAfter: string | null; ms: number };

async function heartbeatProbe(baseUrl: string, cookie: string, timeoutMs = 60_000): Promise<Probe> {
  const started = Date.now();
  try {
    const response = await fetch(`${baseUrl}/api/progress/heartbeat`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json", origin: baseUrl },
      // A lesson nobody is enrolled in: a healthy app answers 409 after reading the database.
      body: JSON.stringify({ kind: "video", lessonId: randomUUID(), positionSeconds: 1 }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer();
    return { status: response.status, retryAfter: response.headers.get("retry-after"), ms: Date.now() - started };
  } catch (error) {
    return { status: error instanceof Error ? error.name : "error", retryAfter: null, ms: Date.now() - started };
  }
}

async function checkPoolExhaustion(clusters: Clusters, a: AppInstance): Promise<void> {
  log("pool exhaustion: every session lookup blocked behind a table lock, then more requests…");
  const sessions: string[] = [];
  for (const account of loadAccounts) {
    const result = await signIn(a.baseUrl, account, `kaushal-faults/${runId}/pool/${account.email}`);
    if (result.ok) sessions.push(result.cookie);
  }
  const poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  const locker = new pg.Client({ connectionString: clusters.primary.url(DATABASE) });
  await locker.connect();
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    await locker.query("ROLLBACK").catch(() => {});
    await locker.end().catch(() => {});
  };
  try {
    await locker.query("BEGIN");
    await locker.query(`LOCK TABLE "UserSession" IN ACCESS EXCLUSIVE MODE`);
    // Each filler holds a pooled connection while it waits on the lock.
    const fillers = Array.from({ length: poolSize + 4 }, (_, i) =>
      fetch(`${a.baseUrl}/learn`, { headers: { cookie: sessions[i % sessions.length]! }, redirect: "manual", signal: AbortSignal.timeout(90_000) })
        .then(async (r) => (await r.arrayBuffer(), r.status))
        .catch((e: unknown) => (e instanceof Error ? e.name : "error")),
    );
    await sleep(3_000);
    const probes = await Promise.all(sessions.map((cookie) => heartbeatProbe(a.baseUrl, cookie, 30_000)));
    const busy = probes.filter((p) => p.status === 503 && p.retryAfter && p.ms <= BUSY_ANSWER_WITHIN_MS).length;
    record({
      name: `pool exhausted: 503 with Retry-After ≤ ${BUSY_ANSWER_WITHIN_MS / 1000} s`,
      pass: probes.length > 0 && busy === probes.length,
      figures: `${busy}/${probes.length} heartbeats answered 503 + Retry-After in time; answers ${probes.map((p) => `${p.status}${p.retryAfter ? ` (Retry-After ${p.retryAfter})` : ""} in ${(p.ms / 1000).toFixed(1)} s`).join("; ")}`,
      data: { probes, poolSize },
    });
    const releasedAt = Date.now();
    await release();
    let recoveredMs: number | null = null;
    while (Date.now() - releasedAt < 30_000) {
      const probe = await heartbeatProbe(a.baseUrl, sessions[0]!, 30_000);
      if (typeof probe.status === "number" && probe.status < 500 && probe.status !== 429) {
        recoveredMs = Date.now() - releasedAt;
        break;
      }
      await sleep(250);
    }
    const fillerStatuses = await Promise.all(fillers);
    record({
      name: `pool exhausted: recovery ≤ ${RECOVERY_WITHIN_MS / 1000} s`,
      pass: recoveredMs !== null && recoveredMs <= RECOVERY_WITHIN_MS,
      figures: `first healthy answer ${recoveredMs === null ? "never (30 s)" : `${(recoveredMs / 1000).toFixed(1)} s`} after the lock was released; the held requests ended ${JSON.stringify(countBy(fillerStatuses))}`,
      data: { recoveredMs, fillerStatuses },
    });
  } finally {
    await release();
  }
}

function countBy(values: (string | number)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[String(v)] = (out[String(v)] ?? 0) + 1;
  return out;
}

async function checkInstanceKilled(clusters: Clusters, a: AppInstance, b: AppInstance): Promise<void> {
  log("killing instance B (SIGKILL) mid-load…");
  const load = startSignInLoad({ runId, label: "kill-b", instances: [a, b], accounts: loadAccounts, concurrency: 4 });
  await sleep(6_000);
  const killedAt = Date.now();
  b.kill();
  await sleep(8_000);
  const attempts = await load.stop();
  allAttempts.push(...attempts);
  const { lost, duplicates, inDoubtCommitted } = await recount(clusters, attempts);
  const summary = summariseLoad(attempts, killedAt);
  const aAfter = attempts.filter((x) => x.instance === a.name && x.startedAt > killedAt);
  const aFailedAfter = aAfter.filter((x) => !x.acknowledged).length;
  const down = await instancesServe([a]);
  record({
    name: "instance B killed mid-load: A serves on, nothing lost or doubled",
    pass: down.length === 0 && aAfter.length > 0 && aFailedAfter === 0 && lost.length === 0 && duplicates.length === 0,
    figures: `${summary.acknowledged} acknowledged, ${summary.failed} failed (on B after the kill); A after the kill ${aAfter.length - aFailedAfter}/${aAfter.length} ok; lost ${lost.length}, duplicates ${duplicates.length}, failed-but-committed ${inDoubtCommitted}; ${phase(summary)}`,
    data: { ...summary, lost, duplicates },
  });
}

async function main(): Promise<number> {
  let clusters: Clusters | undefined;
  const instances: AppInstance[] = [];
  const cleanup = async () => {
    for (const instance of instances) await instance.stop().catch(() => {});
    await clusters?.destroy().catch((error) => console.error("[faults] removing the clusters failed:", error));
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void cleanup().finally(() => process.exit(130)));
  const startedAt = new Date();
  try {
    record(checkPoolTimeouts(APP_ROOT));
    await ensureBuild();
    clusters = await createClusters({ primaryPort: PRIMARY_PORT, replicaPort: REPLICA_PORT, log });
    await prepareDatabase(clusters);
    const logDir = path.join(ARTIFACTS_DIR, "logs");
    await mkdir(logDir, { recursive: true });
    const env = {
      DATABASE_URL: clusters.primary.url(DATABASE),
      DATABASE_REPLICA_URL: clusters.replica.url(DATABASE),
      NEXT_DIST_DIR: DIST_DIR,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
    };
    for (const [name, port] of [["A", PORT_A], ["B", PORT_B]] as const) {
      log(`starting instance ${name} on 127.0.0.1:${port}…`);
      instances.push(await startAppInstance({ name, root: APP_ROOT, port, env, logDir }));
    }
    const [a, b] = instances as [AppInstance, AppInstance];
    await checkSessionsAcrossInstances(a, b);
    await checkRateLimitAcrossInstances(a, b);
    await checkReportsReadFromReplica(clusters, a, b);
    await measureHeartbeats(clusters, instances);
    await checkPrimaryRestart(clusters, instances, "fast");
    await checkPrimaryRestart(clusters, instances, "immediate");
    await checkPoolExhaustion(clusters, a);
    await checkInstanceKilled(clusters, a, b);
    const { lost, duplicates, inDoubtCommitted } = await recount(clusters, allAttempts);
    const total = summariseLoad(allAttempts);
    record({
      name: "whole run: every acknowledged write on the primary once",
      pass: lost.length === 0 && duplicates.length === 0,
      figures: `${total.acknowledged} acknowledged sign-ins (UserSession rows) recounted: lost ${lost.length}, duplicates ${duplicates.length}, failed-but-committed ${inDoubtCommitted}`,
    });
  } catch (error) {
    record({ name: "rehearsal ran to the end", pass: false, figures: error instanceof Error ? error.message : String(error) });
  } finally {
    await cleanup();
  }

  console.log("");
  const width = Math.max(...checks.map((c) => c.name.length));
  for (const check of checks) console.log(`${check.pass ? "pass" : "FAIL"}  ${check.name.padEnd(width)}  ${check.figures}`);
  const failed = checks.filter((c) => !c.pass).length;
  console.log(`\n${checks.length - failed} passed, ${failed} failed`);
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `faults-${runId}.json`);
  await writeFile(file, JSON.stringify({ runId, startedAt, finishedAt: new Date(), ports: { primary: PRIMARY_PORT, replica: REPLICA_PORT, apps: [PORT_A, PORT_B] }, distDir: DIST_DIR, checks }, null, 2));
  log(`report: ${path.relative(ROOT, file)}`);
  return failed === 0 ? 0 : 1;
}

process.exit(await main());
