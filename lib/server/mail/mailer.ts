import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

/** What delivery needs of a transport; tests pass their own. */
export type MailTransport = {
  sendMail(message: { from: string; to: string; subject: string; text: string; headers?: Record<string, string> }): Promise<unknown>;
};

export function isMailConfigured(): boolean {
  return Boolean(env().SMTP_HOST);
}

/** nodemailer over SMTP from the environment, or null when SMTP is not configured. */
export function smtpTransportFromEnv(): MailTransport | null {
  const { SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASSWORD } = env();
  if (!SMTP_HOST) return null;
  return nodemailer.createTransport({
    host: SMTP_HOST,
    port: SMTP_PORT,
    secure: SMTP_SECURE,
    auth: SMTP_USER ? { user: SMTP_USER, pass: SMTP_PASSWORD ?? "" } : undefined,
    // A stuck server must not hold a delivery run for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
}
