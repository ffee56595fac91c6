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
    db,
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
