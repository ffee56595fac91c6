import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, afterEach, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createOrganisation } from "@/lib/server/factories/create-organisation";
import { uniqueSuffix } from "@/lib/server/factories/unique-suffix";

// The real thing: the worker process (lib/cli/worker.ts) is killed with SIGKILL in the middle of
// an import, a new one is started, and the import finishes with every official exactly once.
const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });
const ROOT = path.resolve(import.meta.dirname, "../../..");
const children: ChildProcess[] = [];

function startWorkerProcess(): ChildProcess {
  // Node itself with tsx's loader, not the tsx command, which would run the worker in a child
  // process of its own that SIGKILL on the parent leaves running.
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/cli/worker.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_POOL_SIZE: "3", ONBOARDING_LEASE_SECONDS: "2" },
    stdio: "ignore",
  });
  children.push(child);
  return child;
}

async function waitFor<T>(read: () => Promise<T>, isDone: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (isDone(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

afterEach(() => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
});
afterAll(() => fixtureDb.$disconnect());

test("a worker killed mid-import is replaced and the import finishes without duplicates", { timeout: 180_000 }, async () => {
  const suffix = uniqueSuffix();
  const organisation = await createOrganisation(fixtureDb, { code: `KILL-${suffix}` });
  const admin = await createOfficial(fixtureDb, { organisationId: organisation.id, roles: [{ role: "MDO_ADMIN", organisationId: organisation.id }] });
  const ROWS = 6_000;
  const lines = ["email,name,organisation_code"];
  for (let i = 1; i <= ROWS; i += 1) lines.push(`k${i}.${suffix}@test.gov.in,Killed ${i},${organisation.code}`);
  const { id } = await fixtureDb.onboardingImport.create({ data: { uploadedById: admin.id, fileName: "kill.csv", csv: lines.join("\n") } });
  const progress = () => fixtureDb.onboardingImport.findUniqueOrThrow({ where: { id }, select: { status: true, rowsDone: true, created: true, resumed: true } });

  const first = startWorkerProcess();
  const midway = await waitFor(progress, (p) => p.rowsDone >= 1_000, 90_000);
  first.kill("SIGKILL");
  await new Promise((resolve) => first.once("exit", resolve));
  const atKill = await progress();
  expect(midway.rowsDone).toBeGreaterThanOrEqual(1_000);
  expect(atKill.rowsDone).toBeLessThan(ROWS);
  expect(atKill.created).toBe(atKill.rowsDone);

  startWorkerProcess();
  const done = await waitFor(progress, (p) => p.status === "DONE", 120_000);
  expect(done).toMatchObject({ status: "DONE", rowsDone: ROWS, created: ROWS, resumed: 1 });
  expect(await fixtureDb.user.count({ where: { email: { endsWith: `.${suffix}@test.gov.in` } } })).toBe(ROWS);
  expect(await fixtureDb.onboardingImportRow.count({ where: { importId: id, outcome: "CREATED" } })).toBe(ROWS);
});
