import { inject } from "vitest";

// Runs before each integration test file is imported, so lib/env.ts sees these values.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_SIZE ??= "5";
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
process.env.NEXTAUTH_URL ??= "http://localhost:3000";
// next.config.js turns on authInterrupts; forbidden() and unauthorized() need the same here.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
