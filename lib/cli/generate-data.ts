// `npm run data:generate -- --officials N`: loads a deterministic synthetic government — about 60
// ministries and 2,500 organisations, FRAC posts and roles, N officials, a catalogue and months of
// learning — into an empty PostgreSQL database with COPY. See lib/cli/generate/ for the parts.
//   --officials N        officials to generate (required; the demo accounts come on top)
//   --courses N          published courses (5000)
//   --weeks N            weeks of learning history, ending with the --as-of week (26)
//   --seed N             seed of every random choice (1)
//   --as-of YYYY-MM-DD   the IST day the history ends on (today); pass it for identical reruns
//   --database-url URL   target database (DATABASE_URL); created if missing, migrated, must be empty
//   --reset              drop and recreate the target database first
//   --allow-remote       allow a host other than localhost
//   --verify             check roll-ups, weekly and monthly totals, held levels and the closure
// Writes the timings, row counts and the ids a benchmark needs to tests/artifacts/bench/<database>.json.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { istDayOf, parseIsoDay } from "./generate/calendar";
import { generateGovernment } from "./generate/generate-government";
import { assertAllowedHost, databaseName } from "./generate/target-database";

const ROOT = path.resolve(import.meta.dirname, "../..");
const log = (message: string) => console.log(`[data:generate] ${message}`);

function positiveInteger(name: string, value: string | undefined, fallback?: number): number {
  if (value === undefined) {
    if (fallback === undefined) throw new Error(`--${name} is required`);
    return fallback;
  }
  const number = Number(value.replace(/_/g, ""));
  if (!Number.isInteger(number) || number < 0) throw new Error(`--${name} must be a whole number, got ${value}`);
  return number;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      officials: { type: "string" },
      courses: { type: "string" },
      weeks: { type: "string" },
      seed: { type: "string" },
      "as-of": { type: "string" },
      "database-url": { type: "string" },
      reset: { type: "boolean", default: false },
      "allow-remote": { type: "boolean", default: false },
      verify: { type: "boolean", default: false },
    },
  });
  const connectionString = values["database-url"] ?? process.env.DATABASE_URL;
  if (!connectionString) throw new Error("Name the target database with --database-url or DATABASE_URL.");
  assertAllowedHost(connectionString, values["allow-remote"]);
  const options = {
    officials: positiveInteger("officials", values.officials),
    courses: positiveInteger("courses", values.courses, 5000),
    weeks: Math.max(1, positiveInteger("weeks", values.weeks, 26)),
    seed: positiveInteger("seed", values.seed, 1),
    asOfDay: values["as-of"] ? parseIsoDay(values["as-of"]) : istDayOf(Date.now()),
  };
  if (options.courses < 1) throw new Error("--courses must be at least 1");

  const report = await generateGovernment({ connectionString, options, reset: values.reset, verify: values.verify, log });

  console.log("");
  console.table(report.stages.map((stage) => ({ stage: stage.name, seconds: Number(stage.seconds.toFixed(1)), "generator CPU s": Number(stage.generatorCpuSeconds.toFixed(1)) })));
  console.table(Object.entries(report.rows).map(([table, rows]) => ({ table, rows })));
  const verifySeconds = report.stages.find((stage) => stage.name === "verify")?.seconds ?? 0;
  const load = (values: number[]) => values.map((value) => value.toFixed(1)).join(" ");
  log(
    `total ${report.totalSeconds.toFixed(1)} s${verifySeconds ? ` (${(report.totalSeconds - verifySeconds).toFixed(1)} s without --verify)` : ""}; ` +
      `database ${report.database} is ${(report.databaseBytes / 1024 ** 3).toFixed(2)} GiB; ` +
      `${report.machine.cpus} CPUs, load average ${load(report.machine.loadAverageAtStart)} at the start, ${load(report.machine.loadAverageAtEnd)} at the end`,
  );
  log(`targets: ${JSON.stringify(report.targets, null, 2)}`);
  const dir = path.join(ROOT, "tests", "artifacts", "bench");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${databaseName(connectionString)}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  log(`report written to ${path.relative(ROOT, file)}`);
  const failed = (report.checks ?? []).filter((check) => check.missing !== 0 || check.unexpected !== 0);
  if (failed.length > 0) log(`${failed.length} check(s) failed`);
  return failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("[data:generate] failed:", error instanceof Error ? error.message : error);
    if (error instanceof Error && error.stack && process.env.DEBUG) console.error(error.stack);
    process.exit(1);
  },
);
