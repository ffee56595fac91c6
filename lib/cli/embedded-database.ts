// The embedded default: PostgreSQL compiled to WebAssembly (PGlite), served on a local TCP port
// so the app, migrations and seed use the very same pg / Prisma code path as a real server.
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port: number;
  maxConnections: number;
}): Promise<EmbeddedDatabase> {
  // PGlite creates only the last path segment of its data folder.
  await mkdir(options.dataDir, { recursive: true });
  // Extensions the migrations create must be loaded into the WebAssembly build up front.
  const db = await PGlite.create(options.dataDir, { extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({
    db: withAtomicExtendedQueries(db),
    host: "127.0.0.1",
    port: options.port,
    // Over the limit, connections are reset rather than queued: leave room above the pool.
    maxConnections: options.maxConnections,
  });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${options.port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

// Message types that end a client's turn: Sync (extended query), Query (simple), Terminate.
const TURN_ENDS = new Set(["S", "Q", "X"].map((letter) => letter.charCodeAt(0)));

/**
 * pglite-socket queues each protocol message separately and interleaves connections between
 * messages unless a transaction is open. Two connections running extended queries at once (a
 * request and the background worker) then mix their Parse and Bind messages ("bind message
 * supplies 1 parameters, but prepared statement requires 2"). Its queue already keeps to one
 * connection while a transaction is open; reporting "in transaction" from a Parse until the
 * Sync that ends it makes each extended query as atomic as a transaction.
 */
function withAtomicExtendedQueries(db: PGlite): PGlite {
  let isMidQuery = false;
  return new Proxy(db, {
    get(target, property) {
      if (property === "isInTransaction") return () => isMidQuery || target.isInTransaction();
      if (property === "execProtocolRawStream") {
        return (message: Uint8Array, ...rest: unknown[]) => {
          const type = message[0] ?? 0;
          // A startup message begins with its length (a zero byte), not a type letter.
          isMidQuery = type >= 0x41 && !TURN_ENDS.has(type);
          return (target.execProtocolRawStream as (...args: unknown[]) => unknown)(message, ...rest);
        };
      }
      if (property === "exec") {
        // The queue's only exec is the ROLLBACK for a connection that left mid-turn: its turn is over.
        return (...args: Parameters<PGlite["exec"]>) => {
          isMidQuery = false;
          return target.exec(...args);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
