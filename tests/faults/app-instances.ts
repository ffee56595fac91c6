// Production app instances for the rehearsal, started exactly as `npm start` does
// (lib/cli/start.ts over an existing build), each in its own process group so that one can be
// killed outright (SIGKILL, as a crashed machine would be) without touching anything else.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import path from "node:path";

export type AppInstance = {
  name: string;
  baseUrl: string;
  logFile: string;
  isAlive: () => boolean;
  kill: () => void;
  stop: () => Promise<void>;
};

export async function startAppInstance(options: {
  name: string;
  root: string;
  port: number;
  env: Record<string, string>;
  logDir: string;
}): Promise<AppInstance> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const logFile = path.join(options.logDir, `${options.name}.log`);
  const log = createWriteStream(logFile);
  const child: ChildProcess = spawn("npx", ["tsx", path.join("lib", "cli", "start.ts"), "--no-seed"], {
    cwd: options.root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...options.env, PORT: String(options.port), NEXTAUTH_URL: baseUrl },
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => child.on("exit", () => ((exited = true), resolve())));

  const signalGroup = (signal: NodeJS.Signals) => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  const stop = async () => {
    signalGroup("SIGTERM");
    const timer = setTimeout(() => signalGroup("SIGKILL"), 15_000);
    await exitedPromise;
    clearTimeout(timer);
    // The group may outlive the wrapper by a moment (next-server, the worker).
    signalGroup("SIGKILL");
  };

  const deadline = Date.now() + 240_000;
  for (;;) {
    if (exited) throw new Error(`${options.name} exited before it was ready (see ${logFile}).`);
    try {
      const response = await fetch(`${baseUrl}/sign-in`, { signal: AbortSignal.timeout(10_000) });
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${options.name} was not ready within 4 minutes (see ${logFile}).`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  return {
    name: options.name,
    baseUrl,
    logFile,
    isAlive: () => !exited,
    kill: () => signalGroup("SIGKILL"),
    stop,
  };
}
