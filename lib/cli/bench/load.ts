// The load generator and the two floors every report figure is compared with: a bare Node HTTP
// server answering on 127.0.0.1 under the same load generator, and a `SELECT 1` round trip to
// the same database.
import { spawn } from "node:child_process";
import pg from "pg";
import { summarise } from "./percentiles";

export type LoadResult = {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  max: number;
  seconds: number;
  requestsPerSecond: number;
  /** Mean response body size. */
  bytes: number;
  /** The first few failures, for the JSON report. */
  failures: { url: string; status: number }[];
};

/**
 * Fetches each URL once, `concurrency` at a time, reading every body to the end. A request
 * counts as an error unless it answered 200 with `marker` in the body. Stops issuing new requests
 * after `budgetSeconds`, so one pathological page cannot hold the whole run.
 */
export async function fireLoad(
  urls: readonly string[],
  options: { concurrency: number; cookie?: string; marker?: string; budgetSeconds?: number },
): Promise<LoadResult> {
  const times: number[] = [];
  let bytes = 0;
  const failures: { url: string; status: number }[] = [];
  const headers: Record<string, string> = options.cookie ? { cookie: options.cookie } : {};
  const deadline = options.budgetSeconds ? performance.now() + options.budgetSeconds * 1000 : Number.POSITIVE_INFINITY;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < urls.length && performance.now() < deadline) {
      const url = urls[next++]!;
      const at = performance.now();
      let status = 0;
      let ok = false;
      try {
        const response = await fetch(url, { headers, redirect: "manual" });
        status = response.status;
        const body = await response.text();
        bytes += Buffer.byteLength(body);
        ok = status === 200 && (!options.marker || body.includes(options.marker));
      } catch {
        ok = false;
      }
      times.push(performance.now() - at);
      if (!ok) failures.push({ url, status });
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return {
    requests: times.length,
    errors: failures.length,
    ...summarise(times),
    seconds,
    requestsPerSecond: times.length / seconds,
    bytes: times.length > 0 ? bytes / times.length : 0,
    failures: failures.slice(0, 10),
  };
}

// A separate process, as the app is: the floor of an HTTP round trip through this load generator.
const BARE_SERVER = `
const http = require("node:http");
const body = Buffer.from("ok");
const server = http.createServer((req, res) => { res.writeHead(200, { "content-type": "text/plain", "content-length": body.length }); res.end(body); });
server.listen(0, "127.0.0.1", () => process.stdout.write(String(server.address().port) + "\\n"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
`;

export async function startBareHttpServer(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ["-e", BARE_SERVER], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the bare HTTP server exited with ${code}`)));
    child.stdout.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill("SIGTERM") };
}

export type RoundTrip = { runs: number; p50: number; p95: number; max: number };

/** `SELECT 1` over one pg connection, one at a time after a warm-up: the database round-trip floor. */
export async function selectOneRoundTrip(databaseUrl: string, runs: number): Promise<RoundTrip> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (let i = 0; i < 20; i++) await client.query("SELECT 1");
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const at = performance.now();
      await client.query("SELECT 1");
      times.push(performance.now() - at);
    }
    return { runs, ...summarise(times) };
  } finally {
    await client.end();
  }
}
