import { z } from "zod";

/** Trimmed and lower-cased: addresses are stored lower-case and compared exactly. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const credentialsSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address").max(254).transform(normaliseEmail),
  // Bounded so nobody can make Argon2 hash megabytes; never trimmed, spaces may be part of it.
  password: z.string().min(1, "Enter your password").max(1024),
});

export type Credentials = z.infer<typeof credentialsSchema>;
