// Small helpers every benchmark section shares: the repository root, logging, child processes,
// a free loopback port, number formatting and the production build.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
export const ARTIFACTS_DIR = path.join(ROOT, "tests", "artifacts", "bench");
/** The production build the benchmark serves (the end-to-end suite's, by default). */
export const DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next-e2e";
/**
 * The checkout whose build is served: this one, or (BENCH_APP_ROOT) a clean copy of a commit —
 * `git archive HEAD` with node_modules linked in — while this tree is mid-edit and will not build.
 */
export const APP_ROOT = process.env.BENCH_APP_ROOT ? path.resolve(process.env.BENCH_APP_ROOT) : ROOT;

export const log = (message: string) => console.log(`[bench] ${message}`);

export const fmt = (ms: number, digits = 1) => (Number.isFinite(ms) ? ms.toFixed(digits) : "-");

export function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

// A build from before a feature existed would answer its requests with a 404.
function hasBuildWith(routes: readonly string[], root: string): boolean {
  const manifest = path.join(root, DIST_DIR, "app-path-routes-manifest.json");
  if (!existsSync(path.join(root, DIST_DIR, "BUILD_ID")) || !existsSync(manifest)) return false;
  const text = readFileSync(manifest, "utf8");
  return routes.every((route) => text.includes(`"${route}"`));
}

/** Builds `root`/DIST_DIR when it is missing or predates one of `routes`, unless BENCH_NO_BUILD is set. */
export async function ensureBuild(routes: readonly string[], root = APP_ROOT): Promise<void> {
  if (hasBuildWith(routes, root) || process.env.BENCH_NO_BUILD) return;
  log(`${path.relative(ROOT, path.join(root, DIST_DIR)) || DIST_DIR} is missing or predates ${routes.join(", ")}: building it (NEXT_DIST_DIR=${DIST_DIR} next build)…`);
  await run("npx", ["next", "build"], { ...process.env, NEXT_DIST_DIR: DIST_DIR, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" }, root);
}
