// `npm start`: serves the portal with demo data.
//  - DATABASE_URL set   → that PostgreSQL.
//  - DATABASE_URL unset → the embedded database under .data/ (kept across restarts).
// Then: apply migrations, seed (idempotent), build if needed, and run Next and the background worker.
// Flags: --dev (next dev), --no-seed, --build (force a production build).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded-database";

const ROOT = path.resolve(import.meta.dirname, "../..");
// KAUSHAL_DATA_DIR lets tests run a throwaway embedded database beside a developer's own.
const DATA_DIR = path.resolve(ROOT, process.env.KAUSHAL_DATA_DIR ?? ".data");
const args = new Set(process.argv.slice(2));
const isDev = args.has("--dev");
const port = process.env.PORT ?? "3000";

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): Promise<void> {
  // Async children only: the embedded database lives on this process's event loop.
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: ROOT, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${commandArgs.join(" ")} exited with ${code}`)),
    );
  });
}

async function authSecret(): Promise<string> {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(DATA_DIR, "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

async function main() {
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const dbPort = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
    console.log(`No DATABASE_URL: starting the embedded database (${path.relative(ROOT, DATA_DIR)}/pglite, port ${dbPort}).`);
    embedded = await startEmbeddedDatabase({ dataDir: path.join(DATA_DIR, "pglite"), port: dbPort, maxConnections: 40 });
    databaseUrl = embedded.url;
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    // The embedded server handles one statement at a time; a small pool is plenty.
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? (embedded ? "8" : "10"),
    NEXTAUTH_SECRET: await authSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
  };

  const shutdown = async (code: number) => {
    await embedded?.stop().catch(() => {});
    process.exit(code);
  };

  try {
    await run("npx", ["tsx", "prisma/migrate.ts"], env);
    if (!args.has("--no-seed")) await run("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"], env);
    const distDir = process.env.NEXT_DIST_DIR || ".next";
    if (!isDev && (args.has("--build") || !existsSync(path.join(ROOT, distDir, "BUILD_ID")))) {
      await run("npx", ["next", "build"], { ...env, NODE_ENV: "production" });
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
  }

  const next = spawn("npx", ["next", isDev ? "dev" : "start", "-p", port], { cwd: ROOT, env, stdio: "inherit" });
  console.log(`Kaushal is starting on http://localhost:${port}`);
  const worker = startWorker(env);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      worker.stop(signal);
      next.kill(signal);
    });
  }
  next.on("exit", (code) => {
    worker.stop("SIGTERM");
    void worker.stopped.then(() => shutdown(code ?? 0));
  });
}

/**
 * The background worker (lib/cli/worker.ts: bulk onboarding, mail delivery) beside Next, with a
 * small pool of its own. Restarted if it dies; unfinished jobs resume from the database.
 */
function startWorker(env: NodeJS.ProcessEnv) {
  let child: ReturnType<typeof spawn> | undefined;
  let isStopping = false;
  let markStopped = () => {};
  const stopped = new Promise<void>((resolve) => (markStopped = resolve));
  const launch = () => {
    child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["--conditions=react-server", "lib/cli/worker.ts"], {
      cwd: ROOT,
      env: { ...env, DATABASE_POOL_SIZE: process.env.WORKER_DATABASE_POOL_SIZE ?? "3" },
      stdio: "inherit",
    });
    child.on("exit", (code) => {
      if (isStopping) return markStopped();
      console.error(`The background worker exited (${code}); restarting it in 5 s.`);
      setTimeout(launch, 5_000);
    });
  };
  launch();
  return {
    stopped,
    stop(signal: NodeJS.Signals) {
      if (isStopping) return;
      isStopping = true;
      if (!child || child.exitCode !== null) markStopped();
      else child.kill(signal);
      // A worker that does not stop in time must not hold the portal's shutdown.
      setTimeout(markStopped, 25_000).unref();
    },
  };
}

void main();
