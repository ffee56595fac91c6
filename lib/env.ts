import { z } from "zod";

// The one place that reads process.env: validated on first use, with clear messages.
const schema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  // Streaming replicas (comma-separated postgresql:// URLs) for report and dashboard reads
  // (lib/server/db-read.ts). Unset: those reads use the primary.
  DATABASE_REPLICA_URL: z.string().regex(/^postgres(ql)?:\/\/[^,]+(,\s*postgres(ql)?:\/\/[^,]+)*$/, { message: "DATABASE_REPLICA_URL must be postgresql:// URLs, comma-separated" }).optional(),
  // How long a transaction may wait for a pooled connection, and run once it has one. A request
  // that cannot get a connection within the wait is answered "busy, retry" (503), never a 500.
  DATABASE_TRANSACTION_MAX_WAIT_MS: z.coerce.number().int().min(100).default(10_000),
  DATABASE_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(1000).default(15_000),
  // Write requests (progress, enrolment, rating…) one official may have in flight per server
  // process; more are refused at once with 429 and Retry-After instead of queueing for the pool.
  WRITES_IN_FLIGHT_PER_USER: z.coerce.number().int().min(1).max(100).default(4),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  NEXTAUTH_URL: z.string().url().optional(),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  // Sign-in throttling (lib/server/auth/authorize-credentials.ts). Failures of one email from one
  // client are refused after SIGN_IN_MAX_ATTEMPTS for the window; failures of one email from
  // everywhere only slow every attempt on it, so a stranger can never lock an official out.
  SIGN_IN_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  SIGN_IN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  SIGN_IN_EMAIL_FREE_FAILURES: z.coerce.number().int().min(1).default(10),
  SIGN_IN_EMAIL_MAX_DELAY_SECONDS: z.coerce.number().int().min(0).max(60).default(20),
  // Per client, looser than per email: many officials sign in from one office NAT address.
  SIGN_IN_IP_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(50),
  // How many reverse proxies in front of the app append to X-Forwarded-For. 0: none, and the
  // header is the client's own to forge, so the client address is unknown.
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // A session ends after this long without a request, and in any case this long after sign-in.
  SESSION_IDLE_TIMEOUT_SECONDS: z.coerce.number().int().min(60).default(30 * 60),
  SESSION_ABSOLUTE_TIMEOUT_SECONDS: z.coerce.number().int().min(300).default(12 * 60 * 60),
  // Uploaded media (lib/server/storage): local disk by default, or an S3-compatible bucket whose
  // credentials come from the AWS SDK's default chain (AWS_ACCESS_KEY_ID…, a profile, a role).
  STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
  STORAGE_DIR: z.string().min(1).default(".data/media"),
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ENDPOINT: z.string().url().optional(),
  S3_FORCE_PATH_STYLE: z.stringbool().default(false),
  // Uploads per author per hour.
  UPLOADS_PER_HOUR: z.coerce.number().int().min(1).default(120),
  // Outgoing mail (lib/server/mail): delivered over SMTP when SMTP_HOST is set; without it, mail
  // stays in the outbox, readable at /admin/outbox.
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  // true: TLS from the first byte (port 465); false: STARTTLS when the server offers it.
  SMTP_SECURE: z.stringbool().default(false),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(3).default("Kaushal <no-reply@kaushal.gov.in>"),
  // Background jobs (lib/server/jobs): connections of each process's job-queue pool, and how long
  // a bulk import may go without a heartbeat before another worker takes it over.
  JOBS_POOL_SIZE: z.coerce.number().int().min(1).max(20).default(2),
  ONBOARDING_LEASE_SECONDS: z.coerce.number().int().min(1).default(60),
}).refine((value) => value.STORAGE_DRIVER !== "s3" || value.S3_BUCKET, { message: "S3_BUCKET is required when STORAGE_DRIVER=s3", path: ["S3_BUCKET"] });

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  cached = parsed.data;
  return cached;
}
