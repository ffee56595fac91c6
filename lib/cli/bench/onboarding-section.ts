// `npm run bench -- --onboarding`: bulk onboarding of officials by the real worker process
// (lib/cli/worker.ts) on a throwaway database: a 20,000-row and a 100,000-row CSV, each applied by
// a fresh worker, with rows per second and the worker's peak memory (VmHWM). A 1,000-row file runs
// first as the floor: the larger files' memory is reported as a ratio to it, so a worker that held
// the whole file's work would show it whatever the machine's load. BENCH_ONBOARDING_ROWS overrides
// the sizes (e.g. "1000,5000,20000"; the first is the floor).
import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import { applyMigrations } from "../../../prisma/schema-engine";
import { createTestDatabase, dropTestDatabase } from "../../../tests/support/test-database";
import { createOfficial } from "../../server/factories/create-official";
import { createOrganisation } from "../../server/factories/create-organisation";
import { readProcessMemory } from "./process-stats";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const ARTIFACTS_DIR = path.join(ROOT, "tests/artifacts/bench");
const SIZES = (process.env.BENCH_ONBOARDING_ROWS ?? "1000,20000,100000").split(",").map((size) => Number(size.trim()));

const log = (message: string) => console.log(`[bench:onboarding] ${message}`);

type Run = { rows: number; seconds: number; rowsPerSecond: number; peakRssMb: number; created: number; rejected: number };

function officialsCsv(rows: number, codes: string[], tag: string): string {
  const lines = ["email,name,organisation_code,designation,group,employee_code"];
  for (let i = 1; i <= rows; i += 1) {
    // One row in a thousand is bad, so the report path is exercised too.
    const email = i % 1000 === 0 ? "not-an-email" : `bench.${tag}.${i}@example.gov.in`;
    lines.push(`${email},Bench Official ${i},${codes[i % codes.length]},Section Officer,${"ABCD"[i % 4]},B${tag}-${i}`);
  }
  return `${lines.join("\n")}\n`;
}

async function runOne(prisma: PrismaClient, databaseUrl: string, adminId: string, codes: string[], rows: number): Promise<Run> {
  const csv = officialsCsv(rows, codes, `${rows}`);
  const { id } = await prisma.onboardingImport.create({ data: { uploadedById: adminId, fileName: `bench-${rows}.csv`, csv } });
  const worker = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/cli/worker.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: "3", NEXTAUTH_SECRET: "bench-secret-0123456789abcdef0123456789" },
    stdio: "ignore",
  });
  const started = Date.now();
  let peakKb = 0;
  try {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (worker.pid) peakKb = Math.max(peakKb, readProcessMemory(worker.pid).hwmKb);
      const progress = await prisma.onboardingImport.findUniqueOrThrow({ where: { id }, select: { status: true, created: true, rejected: true } });
      if (progress.status === "FAILED") throw new Error(`import of ${rows} rows failed`);
      if (progress.status === "DONE") {
        const seconds = (Date.now() - started) / 1000;
        return { rows, seconds, rowsPerSecond: Math.round(rows / seconds), peakRssMb: Math.round(peakKb / 1024), created: progress.created, rejected: progress.rejected };
      }
    }
  } finally {
    worker.kill("SIGKILL");
  }
}

export async function runOnboardingSection(): Promise<number> {
  const databaseUrl = await createTestDatabase("kaushal_bench_onboarding");
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }) });
  try {
    log(`database ${new URL(databaseUrl).pathname.slice(1)}: migrating…`);
    await applyMigrations(databaseUrl);
    const ministry = await createOrganisation(prisma, { code: "BENCH-MIN", name: "Bench Ministry" });
    const codes = [ministry.code];
    for (let i = 1; i <= 9; i += 1) codes.push((await createOrganisation(prisma, { code: `BENCH-MIN-${i}`, parentId: ministry.id })).code);
    const admin = await createOfficial(prisma, { organisationId: ministry.id, roles: [{ role: "MDO_ADMIN", organisationId: ministry.id }] });

    const runs: Run[] = [];
    for (const rows of SIZES) {
      const run = await runOne(prisma, databaseUrl, admin.id, codes, rows);
      runs.push(run);
      const floor = runs[0]!;
      const ratio = run === floor ? "the floor" : `×${(run.peakRssMb / floor.peakRssMb).toFixed(2)} the floor's for ×${(run.rows / floor.rows).toFixed(0)} the rows`;
      log(`${rows.toLocaleString("en-IN")} rows: ${run.seconds.toFixed(1)} s, ${run.rowsPerSecond} rows/s, worker peak RSS ${run.peakRssMb} MB, ${ratio} (${run.created} created, ${run.rejected} rejected)`);
    }
    const floor = runs[0]!;
    const report = {
      at: new Date().toISOString(),
      runs: runs.map((run) => ({ ...run, memoryRatioToFloor: Number((run.peakRssMb / floor.peakRssMb).toFixed(2)) })),
    };
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const file = path.join(ARTIFACTS_DIR, `onboarding-${report.at.replace(/[:.]/g, "-")}.json`);
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    log(`report written to ${path.relative(ROOT, file)}`);
    return 0;
  } finally {
    await prisma.$disconnect().catch(() => {});
    await dropTestDatabase(databaseUrl).catch((error) => console.error("[bench] dropping the database failed:", error));
  }
}
