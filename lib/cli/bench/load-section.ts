// `npm run bench -- --load`: signed-in officials writing at once, against the production build on
// a throwaway seeded database, app, database and load generator on the same machine. Two phases:
//   progress   BENCH_LOAD_LEARNERS (200) officials each sending video heartbeats, reading pings
//              and, every fifth request, a LINK lesson completion (GET …/visit), one at a time
//   enrolment  the same officials each joining BENCH_LOAD_ENROL_COURSES (40) courses through the
//              course page's server action, every official the same courses (hot spots)
// each for BENCH_LOAD_SECONDS (20). Reported beside floors measured in the same run: a bare Node
// HTTP server and Next's unauthenticated /api/auth/csrf under the same generator, and SELECT 1.
// Afterwards every row is recounted in SQL (lib/cli/bench/load-recount.ts). Targets (≥ 400
// progress requests/s, ≥ 300 enrolments/s, zero 5xx, zero lost or duplicated rows) are printed,
// never asserted; the section exits 1 on any 5xx, lost or duplicated row.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import { applyMigrations } from "../../../prisma/schema-engine";
import { seedDatabase } from "../../../prisma/seed-data/seed-database";
import { createTestDatabase, dropTestDatabase } from "../../../tests/support/test-database";
import { startBenchServer, signIn, type BenchServer } from "./bench-server";
import { APP_ROOT, ARTIFACTS_DIR, DIST_DIR, ROOT, ensureBuild, fmt, freePort, log } from "./bench-tools";
import { fireLoad, selectOneRoundTrip, startBareHttpServer } from "./load";
import { createLoadFixtures, LOAD_PASSWORD } from "./load-fixtures";
import { recount } from "./load-recount";
import { runPhase, type PhaseResult, type VirtualUser } from "./load-virtual-users";

const LEARNERS = Number(process.env.BENCH_LOAD_LEARNERS ?? 200);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const ENROL_COURSES = Number(process.env.BENCH_LOAD_ENROL_COURSES ?? 40);
const LINK_LESSONS = 20;
const TARGETS = { progressRps: 400, enrolmentsPerSecond: 300 } as const;

/** The id Next gave a server action, from the build's manifest (what a browser's form posts as Next-Action). */
async function serverActionId(exportedName: string, fileSuffix: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(APP_ROOT, DIST_DIR, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName && entry.filename?.endsWith(fileSuffix));
  if (!found) throw new Error(`Server action ${exportedName} (${fileSuffix}) is not in the build's manifest.`);
  return found[0];
}

async function signInAll(baseUrl: string, learners: { id: string; email: string }[]): Promise<VirtualUser[]> {
  const users: VirtualUser[] = [];
  for (let start = 0; start < learners.length; start += 8) {
    const batch = learners.slice(start, start + 8);
    users.push(...(await Promise.all(batch.map(async (learner) => ({ id: learner.id, cookie: await signIn(baseUrl, learner.email, LOAD_PASSWORD) })))));
  }
  return users;
}

function describePhase(name: string, result: PhaseResult, target: string): string {
  const statuses = Object.entries(result.statuses).map(([status, n]) => `${status}×${n}`).join(" ");
  return `${name}: ${result.requests} requests in ${result.seconds.toFixed(1)} s = ${result.requestsPerSecond.toFixed(0)} req/s (${result.acknowledgedPerSecond.toFixed(0)} acknowledged/s; ${target}), p50 ${fmt(result.p50)} ms, p95 ${fmt(result.p95)} ms, max ${fmt(result.max)} ms; 5xx ${result.serverErrors}, retried 429/503 ${result.retried}, network errors ${result.networkErrors}; statuses ${statuses}`;
}

export async function runLoadSection(): Promise<number> {
  let databaseUrl: string | undefined;
  let prisma: PrismaClient | undefined;
  let server: BenchServer | undefined;
  let bare: { url: string; stop: () => void } | undefined;
  const cleanup = async () => {
    bare?.stop();
    await server?.stop().catch((error) => console.error("[bench] stopping the server failed:", error));
    await prisma?.$disconnect().catch(() => {});
    if (databaseUrl) await dropTestDatabase(databaseUrl).catch((error) => console.error("[bench] dropping the database failed:", error));
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void cleanup().finally(() => process.exit(130)));

  try {
    await ensureBuild(["/api/progress/heartbeat", "/learn/courses/[slug]"]);
    databaseUrl = await createTestDatabase("kaushal_bench_load");
    log(`database ${new URL(databaseUrl).pathname.slice(1)}: migrating and seeding the demo data…`);
    await applyMigrations(databaseUrl);
    prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 4 }) });
    await seedDatabase(prisma);
    const fixtures = await createLoadFixtures(prisma, { learners: LEARNERS, linkLessons: LINK_LESSONS, enrolCourses: ENROL_COURSES });
    log(`${LEARNERS} learners enrolled in ${fixtures.progressCourse.slug}; ${ENROL_COURSES} courses to join`);

    // Every learner signs in from 127.0.0.1: the per-address sign-in limit is not what is measured.
    process.env.SIGN_IN_IP_MAX_ATTEMPTS = String(LEARNERS * 10);
    server = await startBenchServer({ root: APP_ROOT, databaseUrl, port: await freePort(), distDir: DIST_DIR });
    const baseUrl = server.baseUrl;
    log(`server up at ${baseUrl}; signing in ${LEARNERS} learners…`);
    const users = await signInAll(baseUrl, fixtures.learners);
    const enrolActionId = await serverActionId("enrolInCourse", path.join("learn", "courses", "[slug]", "actions.ts"));

    log("floors: bare HTTP server, Next's /api/auth/csrf (no session, no database), SELECT 1…");
    bare = await startBareHttpServer();
    const floorRequests = Math.max(2000, LEARNERS * 10);
    const bareFloor = await fireLoad(Array.from({ length: floorRequests }, () => bare!.url), { concurrency: LEARNERS, budgetSeconds: SECONDS });
    const nextFloor = await fireLoad(Array.from({ length: floorRequests }, () => `${baseUrl}/api/auth/csrf`), { concurrency: LEARNERS, budgetSeconds: SECONDS });
    const selectOne = await selectOneRoundTrip(databaseUrl, 500);

    const { progressCourse } = fixtures;
    const json = (cookie: string) => ({ cookie, origin: baseUrl, "content-type": "application/json" });
    const acknowledgedCompletions: { userId: string; lessonId: string }[] = [];
    // Warm-up: each learner's first heartbeat and ping (the baseline), untimed.
    await runPhase(users, SECONDS, (user, i) =>
      i >= 2 ? null : {
        url: `${baseUrl}/api/progress/heartbeat`,
        init: { method: "POST", headers: json(user.cookie), body: JSON.stringify(i === 0 ? { kind: "video", lessonId: progressCourse.videoLessonId, positionSeconds: 0 } : { kind: "active", lessonId: progressCourse.textLessonId }) },
        isAcknowledged: (response) => response.status === 200,
      },
    );

    log(`progress phase: ${LEARNERS} officials for ${SECONDS} s…`);
    const positions = new Map<string, number>();
    const progress = await runPhase(users, SECONDS, (user, i) => {
      if (i % 5 === 4) {
        const lessonId = progressCourse.linkLessonIds[Math.floor(i / 5) % progressCourse.linkLessonIds.length]!;
        return {
          url: `${baseUrl}/api/progress/lessons/${lessonId}/visit`,
          init: { headers: { cookie: user.cookie, "sec-fetch-site": "same-origin" } },
          isAcknowledged: (response) => response.status === 303 && (response.headers.get("location") ?? "").startsWith("https://example.gov.in/"),
          onAcknowledged: () => acknowledgedCompletions.push({ userId: user.id, lessonId }),
        };
      }
      const isVideo = i % 2 === 0;
      const position = (positions.get(user.id) ?? 0) + 1;
      if (isVideo) positions.set(user.id, position);
      const body = isVideo ? { kind: "video", lessonId: progressCourse.videoLessonId, positionSeconds: position } : { kind: "active", lessonId: progressCourse.textLessonId };
      return {
        url: `${baseUrl}/api/progress/heartbeat`,
        init: { method: "POST", headers: json(user.cookie), body: JSON.stringify(body) },
        isAcknowledged: (response, text) => response.status === 200 && text.includes('"ok":true'),
      };
    });
    log(describePhase("progress", progress, `target ≥ ${TARGETS.progressRps} req/s`));

    log(`enrolment phase: ${LEARNERS} officials joining ${ENROL_COURSES} courses for up to ${SECONDS} s…`);
    const acknowledgedEnrolments: { userId: string; courseId: string }[] = [];
    const enrolment = await runPhase(users, SECONDS, (user, i) => {
      const course = fixtures.enrolCourses[i];
      if (!course) return null;
      return {
        url: `${baseUrl}/learn/courses/${course.slug}`,
        init: {
          method: "POST",
          headers: { cookie: user.cookie, origin: baseUrl, "next-action": enrolActionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
          body: JSON.stringify([{ courseId: course.id, slug: course.slug }]),
        },
        isAcknowledged: (response, text) => response.status === 200 && text.includes('"ok":true'),
        onAcknowledged: () => acknowledgedEnrolments.push({ userId: user.id, courseId: course.id }),
      };
    });
    log(describePhase("enrolment", enrolment, `target ≥ ${TARGETS.enrolmentsPerSecond} enrolments/s`));

    const counted = await recount(prisma, {
      learnerIds: users.map((user) => user.id),
      progressCourseId: progressCourse.id,
      acknowledgedCompletions,
      acknowledgedEnrolments,
      enrolCourseIds: fixtures.enrolCourses.map((course) => course.id),
    });
    log(`floors: bare HTTP ${bareFloor.requestsPerSecond.toFixed(0)} req/s (p50 ${fmt(bareFloor.p50)} ms, p95 ${fmt(bareFloor.p95)} ms); Next /api/auth/csrf ${nextFloor.requestsPerSecond.toFixed(0)} req/s (p50 ${fmt(nextFloor.p50)} ms, p95 ${fmt(nextFloor.p95)} ms, ${nextFloor.errors} errors); SELECT 1 p50 ${fmt(selectOne.p50, 2)} ms, p95 ${fmt(selectOne.p95, 2)} ms`);
    log(`recount: learning seconds lost ${counted.progress.learningSecondsLost}, duplicated ${counted.progress.learningSecondsDuplicated} (${counted.progress.officialsChecked} officials); completions acknowledged ${counted.completions.acknowledged}, lost ${counted.completions.lost}, duplicated records ${counted.completions.duplicatedRecords}`);
    log(`recount: enrolments acknowledged ${counted.enrolments.acknowledged}, lost ${counted.enrolments.lost}, unacknowledged rows ${counted.enrolments.unacknowledgedRows}, duplicated records ${counted.enrolments.duplicatedRecords}, tally drift ${counted.enrolments.tallyDrift}, rolled-up drift ${counted.enrolments.rolledUpDrift}`);

    const report = {
      at: new Date().toISOString(),
      machine: { node: process.version, cpus: (await import("node:os")).cpus().length, loadAverage: (await import("node:os")).loadavg() },
      settings: { learners: LEARNERS, seconds: SECONDS, enrolCourses: ENROL_COURSES, linkLessons: LINK_LESSONS },
      targets: TARGETS,
      floors: { bareHttp: bareFloor, nextCsrf: nextFloor, selectOne },
      progress,
      enrolment,
      recount: counted,
    };
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const file = path.join(ARTIFACTS_DIR, `load-${report.at.replace(/[:.]/g, "-")}.json`);
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    log(`report written to ${path.relative(ROOT, file)}`);
    const broken =
      progress.serverErrors + enrolment.serverErrors +
      counted.progress.learningSecondsLost + counted.progress.learningSecondsDuplicated +
      counted.completions.lost + counted.completions.duplicatedRecords +
      counted.enrolments.lost + counted.enrolments.duplicatedRecords + counted.enrolments.tallyDrift + counted.enrolments.rolledUpDrift;
    return broken > 0 ? 1 : 0;
  } finally {
    await cleanup();
  }
}
