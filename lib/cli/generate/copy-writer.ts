// One COPY … FROM STDIN per table, each on its own connection, fed with text lines as they are
// generated. Lines are encoded straight into one-megabyte buffers (appending to a string instead
// builds ropes that survive into the old generation and cost more in garbage collection than the
// generation itself); when PostgreSQL falls behind, the stream reports backpressure and the
// generator waits (`drained`), so memory stays flat whatever the number of rows. FREEZE tables
// are truncated in the loading transaction first, as PostgreSQL requires for frozen rows.
import { readFileSync } from "node:fs";
import { finished } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { BulkTableSpec } from "./bulk-tables";

const CHUNK_BYTES = 1024 * 1024;
const STREAM_HIGH_WATER_MARK = 4 * 1024 * 1024;

export const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Settings for every loading session: skip triggers and foreign-key checks, do not wait on each commit. */
export const LOAD_SESSION_SETTINGS = ["SET session_replication_role = replica", "SET synchronous_commit = off"];

/**
 * CPU seconds a local PostgreSQL backend has used so far (from /proc; null when the server is
 * elsewhere or the platform has no /proc). Reported beside the generator's own CPU time.
 */
export function backendCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of the whole line: 12 and 13 after the command name.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

export class CopyWriter {
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private lines = 0;
  private waiting: Promise<void> | null = null;
  private failure: Error | null = null;

  /** CPU seconds the backend used for this COPY, once ended (null when unknown). */
  backendCpu: number | null = null;

  private constructor(
    readonly spec: BulkTableSpec,
    private readonly client: pg.Client,
    private readonly stream: ReturnType<typeof copyFrom>,
    private readonly backendPid: number,
  ) {
    stream.on("error", (error: Error) => {
      this.failure ??= error;
    });
  }

  static async open(connectionString: string, spec: BulkTableSpec): Promise<CopyWriter> {
    const client = new pg.Client({ connectionString, application_name: `data:generate ${spec.table}` });
    await client.connect();
    try {
      const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      for (const setting of LOAD_SESSION_SETTINGS) await client.query(setting);
      await client.query("BEGIN");
      if (spec.freeze) await client.query(`TRUNCATE ${quoteIdentifier(spec.table)}`);
      const columns = spec.columns.map(quoteIdentifier).join(", ");
      const stream = client.query(
        copyFrom(`COPY ${quoteIdentifier(spec.table)} (${columns}) FROM STDIN${spec.freeze ? " WITH (FREEZE)" : ""}`, { highWaterMark: STREAM_HIGH_WATER_MARK }),
      );
      return new CopyWriter(spec, client, stream, rows[0]?.pid ?? 0);
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
  }

  get rows(): number {
    return this.lines;
  }

  push(line: string): void {
    this.lines++;
    // A UTF-16 code unit never takes more than three bytes in UTF-8.
    if (this.used + line.length * 3 > CHUNK_BYTES) {
      this.flush();
      if (line.length * 3 > CHUNK_BYTES) {
        this.send(Buffer.from(line));
        return;
      }
    }
    this.used += this.chunk.write(line, this.used);
  }

  private flush(): void {
    if (this.used === 0) return;
    const full = this.chunk.subarray(0, this.used);
    this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
    this.send(full);
  }

  private send(bytes: Buffer): void {
    if (this.failure) throw this.failure;
    if (!this.stream.write(bytes) && !this.waiting) {
      this.waiting = new Promise<void>((resolve) => this.stream.once("drain", resolve)).finally(() => (this.waiting = null));
    }
  }

  /** Resolves once PostgreSQL has caught up with what was written (at once when it has). */
  async drained(): Promise<void> {
    if (this.failure) throw this.failure;
    while (this.waiting) {
      await Promise.race([this.waiting, finished(this.stream).catch((error: unknown) => Promise.reject(error))]);
      if (this.failure) throw this.failure;
    }
  }

  get isBackedUp(): boolean {
    return this.waiting !== null || this.failure !== null;
  }

  /** Sends the rest, ends the COPY and commits; returns the number of rows PostgreSQL stored. */
  async end(): Promise<number> {
    try {
      this.flush();
      this.stream.end();
      await finished(this.stream);
      if (this.failure) throw this.failure;
      await this.client.query("COMMIT");
      this.backendCpu = backendCpuSeconds(this.backendPid);
      return this.stream.rowCount;
    } finally {
      await this.client.end().catch(() => {});
    }
  }

  /** Abandons the load: the transaction rolls back with the connection. */
  async abort(): Promise<void> {
    this.stream.destroy();
    await this.client.end().catch(() => {});
  }
}
