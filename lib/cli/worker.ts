// The background worker: runs queued jobs (bulk onboarding, mail delivery) beside the portal.
// `npm start` and `npm run dev` start it (lib/cli/start.ts); on its own: `npm run worker` with
// DATABASE_URL and NEXTAUTH_SECRET set. Stopped by SIGTERM or SIGINT; work in flight commits or
// rolls back per chunk, and whatever is unfinished resumes on the next start.
import { startWorker } from "../server/jobs/start-worker";

const worker = await startWorker();
console.log("Kaushal worker is running.");

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // A worker whose database vanished must not hang on to the machine.
    setTimeout(() => process.exit(1), 30_000).unref();
    void worker
      .stop()
      .catch((error: unknown) => console.error("[worker] stop failed:", error))
      .finally(() => process.exit(0));
  });
}
