import "server-only";

// Failures that mean "the database is saturated right now", not "this request is wrong": the
// caller should answer "busy, try again" (503 with Retry-After, or a BUSY action result), never a
// 500. Prisma reports them by its own code, by the PostgreSQL SQLSTATE a driver adapter passes
// on, or (pg-pool's connection wait running out) by a plain Error's message.
const BUSY_PRISMA_CODES = new Set([
  "P2024", // timed out fetching a connection from the pool
  "P2028", // a transaction could not start (or finish) in time
  "P2034", // write conflict or deadlock: the transaction may be retried
]);
const BUSY_SQLSTATES = new Set([
  "40001", // serialization_failure
  "40P01", // deadlock_detected
  "55P03", // lock_not_available
  "57014", // query_canceled (statement_timeout under load)
  "53300", // too_many_connections
]);
const BUSY_MESSAGES = [/timeout exceeded when trying to connect/i, /connection terminated due to connection timeout/i];

const UNIQUE_VIOLATION_SQLSTATE = "23505";

type ErrorLike = { code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } }; cause?: unknown };

/** The error, its driver adapter's cause and its `cause` chain, a few levels deep. */
function* layers(error: unknown): Generator<ErrorLike> {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const layer = current as ErrorLike;
    yield layer;
    const adapterCause = layer.meta?.driverAdapterError?.cause;
    if (adapterCause) yield { code: adapterCause.originalCode };
    current = layer.cause;
  }
}

export function isDatabaseBusyError(error: unknown): boolean {
  for (const layer of layers(error)) {
    if (typeof layer.code === "string" && (BUSY_PRISMA_CODES.has(layer.code) || BUSY_SQLSTATES.has(layer.code))) return true;
    if (typeof layer.message === "string" && BUSY_MESSAGES.some((pattern) => pattern.test(layer.message as string))) return true;
  }
  return false;
}

/** A unique constraint refused the write (Prisma P2002, or SQLSTATE 23505 from raw SQL). */
export function isUniqueConflictError(error: unknown): boolean {
  for (const layer of layers(error)) {
    if (layer.code === "P2002" || layer.code === UNIQUE_VIOLATION_SQLSTATE) return true;
  }
  return false;
}
