// Web server for the end-to-end suite. Runs the README's start command (lib/cli/start.ts) with
// the build made by `npm run test:e2e`:
//   E2E_DATABASE=postgres (default) → a fresh database on the local PostgreSQL, dropped on exit;
//   E2E_DATABASE=embedded          → the embedded database in a fresh temporary folder,
//                                     exactly what a newcomer without PostgreSQL gets.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDatabase, dropTestDatabase } from "./test-database";

const mode = process.env.E2E_DATABASE ?? "postgres";
const env: NodeJS.ProcessEnv = { ...process.env, NEXTAUTH_URL: `http://127.0.0.1:${process.env.PORT}` };
let cleanup = async () => {};

if (mode === "embedded") {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "kaushal-e2e-"));
  delete env.DATABASE_URL;
  env.KAUSHAL_DATA_DIR = dataDir;
  cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
} else {
  const url = await createTestDatabase("kaushal_e2e");
  env.DATABASE_URL = url;
  cleanup = () => dropTestDatabase(url);
}

const server = spawn("npx", ["tsx", "lib/cli/start.ts"], { env, stdio: "inherit" });
let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await cleanup().catch((error) => console.error("e2e cleanup failed:", error));
  process.exit(code);
};
server.on("exit", (code) => void stop(code ?? 0));
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
