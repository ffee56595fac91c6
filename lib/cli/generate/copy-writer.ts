// One binary COPY … FROM STDIN per table, each on its own connection, fed as rows are generated
// (binary-copy.ts encodes them). When PostgreSQL falls behind, the stream reports backpressure and
// the generator waits (`drained`), so memory stays flat whatever the number of rows. FREEZE tables
// are truncated in the loading transaction first, as PostgreSQL requires for frozen rows. Before
// the stream opens, every column's type is checked against the live schema.
import { readFileSync } from "node:fs";
import { finished } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { BINARY_COPY_HEADER, BINARY_COPY_TRAILER, BinaryRows } from "./binary-copy";
import { type BulkTableSpec, matchesColumnType } from "./bulk-tables";

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
  /** The rows of this table: write through it, in column order. */
  readonly rows: BinaryRows;
  /** CPU seconds the backend used for this COPY, once ended (null when unknown). */
  backendCpu: number | null = null;
  private waiting: Promise<void> | null = null;
  private failure: Error | null = null;
  /** Settles when the stream ends or fails; made once, raced by every wait for backpressure. */
  private readonly settled: Promise<void>;
  private isSettled = false;

  private constructor(
    readonly spec: BulkTableSpec,
    private readonly client: pg.Client,
    private readonly stream: ReturnType<typeof copyFrom>,
    private readonly backendPid: number,
  ) {
    stream.on("error", (error: Error) => {
      this.failure ??= error;
    });
    this.settled = finished(stream);
    // Awaited in end(); until then a failure is read from `failure`, so do not let it go unhandled.
    this.settled.then(
      () => (this.isSettled = true),
      () => (this.isSettled = true),
    );
    this.rows = new BinaryRows((chunk) => this.send(chunk));
    this.send(BINARY_COPY_HEADER);
  }

  static async open(connectionString: string, spec: BulkTableSpec): Promise<CopyWriter> {
    const client = new pg.Client({ connectionString, application_name: `data:generate ${spec.table}` });
    await client.connect();
    try {
      await assertColumnTypes(client, spec);
      const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      for (const setting of LOAD_SESSION_SETTINGS) await client.query(setting);
      await client.query("BEGIN");
      if (spec.freeze) await client.query(`TRUNCATE ${quoteIdentifier(spec.table)}`);
      const columns = spec.columns.map(([name]) => quoteIdentifier(name)).join(", ");
      const stream = client.query(
        copyFrom(`COPY ${quoteIdentifier(spec.table)} (${columns}) FROM STDIN WITH (FORMAT binary${spec.freeze ? ", FREEZE" : ""})`, { highWaterMark: STREAM_HIGH_WATER_MARK }),
      );
      return new CopyWriter(spec, client, stream, rows[0]?.pid ?? 0);
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
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
    while (this.waiting && !this.isSettled) {
      await Promise.race([this.waiting, this.settled]);
      if (this.failure) throw this.failure;
    }
  }

  get isBackedUp(): boolean {
    return this.waiting !== null || this.failure !== null;
  }

  /** Sends the rest and the trailer, ends the COPY and commits; returns the number of rows PostgreSQL stored. */
  async end(): Promise<number> {
    try {
      this.rows.flush();
      this.send(BINARY_COPY_TRAILER);
      this.stream.end();
      await this.settled;
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

// A binary field of the wrong width is read as a wrong value, not refused: check before loading.
async function assertColumnTypes(client: pg.Client, spec: BulkTableSpec): Promise<void> {
  const { rows } = await client.query<{ name: string; formatted: string; isEnum: boolean }>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS formatted, t.typtype = 'e' AS "isEnum"
     FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
     WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
    [quoteIdentifier(spec.table)],
  );
  const actual = new Map(rows.map((row) => [row.name, row]));
  for (const [name, type] of spec.columns) {
    const column = actual.get(name);
    if (!column || !matchesColumnType(type, column.formatted, column.isEnum)) {
      throw new Error(`"${spec.table}"."${name}" is ${column ? column.formatted : "missing"} in the database; the generator writes it as ${type}. Update lib/cli/generate/bulk-tables.ts.`);
    }
  }
}
