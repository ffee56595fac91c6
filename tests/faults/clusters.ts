// Throwaway PostgreSQL clusters for the fault rehearsal: a primary and a streaming replica made
// with Debian's own binaries (initdb, pg_ctl, pg_basebackup -R) in a temporary folder, on ports of
// their own. Never touches the shared server on 5432.
import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

function postgresBinDir(): string {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a)) : [];
  if (!versions[0]) throw new Error("No PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql), or set PG_BIN_DIR.");
  return path.join(root, versions[0], "bin");
}

// initdb and postgres refuse to run as root: as root, run them as the postgres system user.
const isRoot = process.getuid?.() === 0;

async function pgTool(tool: string, args: string[]): Promise<string> {
  const binary = path.join(postgresBinDir(), tool);
  const [command, commandArgs] = isRoot ? ["runuser", ["-u", "postgres", "--", binary, ...args]] : [binary, args];
  const { stdout } = await execFileAsync(command, commandArgs, { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

function ownByPostgres(dir: string): void {
  if (!isRoot) return;
  const [, , uid, gid] = execFileSync("getent", ["passwd", "postgres"], { encoding: "utf8" }).trim().split(":");
  if (!uid || !gid) throw new Error("No postgres system user to run the clusters as.");
  chownSync(dir, Number(uid), Number(gid));
}

export type Cluster = {
  name: string;
  port: number;
  dataDir: string;
  url: (database: string) => string;
  start: () => Promise<void>;
  stop: (mode: "fast" | "immediate" | "smart") => Promise<void>;
  isRunning: () => Promise<boolean>;
};

function cluster(name: string, dataDir: string, socketDir: string, port: number): Cluster {
  const logFile = path.join(path.dirname(dataDir), `${name}.log`);
  return {
    name,
    port,
    dataDir,
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    start: async () => {
      await pgTool("pg_ctl", ["start", "-w", "-t", "120", "-D", dataDir, "-l", logFile, "-o", `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1`]);
    },
    stop: async (mode) => {
      await pgTool("pg_ctl", ["stop", "-w", "-t", "120", "-D", dataDir, "-m", mode]);
    },
    isRunning: async () => {
      try {
        await pgTool("pg_ctl", ["status", "-D", dataDir]);
        return true;
      } catch {
        return false;
      }
    },
  };
}

export type Clusters = { primary: Cluster; replica: Cluster; root: string; destroy: () => Promise<void> };

/** Creates and starts a primary on `primaryPort` and a streaming replica of it on `replicaPort`. */
export async function createClusters(options: { primaryPort: number; replicaPort: number; log: (message: string) => void }): Promise<Clusters> {
  const root = mkdtempSync(path.join(os.tmpdir(), "kaushal-faults-pg-"));
  ownByPostgres(root);
  const primaryDir = path.join(root, "primary");
  const replicaDir = path.join(root, "replica");
  const primary = cluster("primary", primaryDir, root, options.primaryPort);
  const replica = cluster("replica", replicaDir, root, options.replicaPort);
  const destroy = async () => {
    for (const c of [replica, primary]) if (await c.isRunning()) await c.stop("immediate").catch(() => {});
    rmSync(root, { recursive: true, force: true });
  };
  try {
    options.log(`initdb ${primaryDir} (PostgreSQL binaries in ${postgresBinDir()})`);
    await pgTool("initdb", ["-D", primaryDir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
    // Replication from the loopback address, and room for both app instances' pools.
    const conf = [
      "max_connections = 200",
      "wal_level = replica",
      "max_wal_senders = 5",
      "hot_standby = on",
      // A replica that answers reports must not cancel them for every vacuum on the primary.
      "hot_standby_feedback = on",
      "shared_buffers = 128MB",
      "fsync = on",
      "synchronous_commit = on",
    ].join("\n");
    await appendAsPostgres(path.join(primaryDir, "postgresql.auto.conf"), `\n${conf}\n`);
    await appendAsPostgres(path.join(primaryDir, "pg_hba.conf"), "\nhost replication all 127.0.0.1/32 trust\n");
    await primary.start();
    options.log(`primary up on 127.0.0.1:${options.primaryPort}; pg_basebackup -R → replica`);
    await pgTool("pg_basebackup", ["-h", "127.0.0.1", "-p", String(options.primaryPort), "-U", "postgres", "-D", replicaDir, "-R", "-X", "stream", "-c", "fast"]);
    await replica.start();
    options.log(`replica up on 127.0.0.1:${options.replicaPort} (streaming from the primary)`);
    return { primary, replica, root, destroy };
  } catch (error) {
    await destroy();
    throw error;
  }
}

async function appendAsPostgres(file: string, text: string): Promise<void> {
  const command = isRoot ? "runuser" : "bash";
  const args = isRoot ? ["-u", "postgres", "--", "bash", "-c", `cat >> "$0"`, file] : ["-c", `cat >> "$0"`, file];
  await new Promise<void>((resolve, reject) => {
    const child = execFile(command, args, (error) => (error ? reject(error) : resolve()));
    child.stdin?.end(text);
  });
}
