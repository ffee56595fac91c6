import "server-only";
import { env } from "@/lib/env";
import type { OutgoingEmail } from "@/lib/server/mail/queue-emails";
import { createInvitationToken, INVITATION_DAYS } from "./invitation-token";

/** The email that lets a new official set their first password (the link works once). */
export function invitationEmail(input: { userId: string; email: string; name: string; importId: string; now?: Date }): OutgoingEmail {
  const expiresAt = new Date((input.now ?? new Date()).getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  const token = createInvitationToken({ userId: input.userId, passwordHash: null, expiresAt });
  const base = env().NEXTAUTH_URL ?? "http://localhost:3000";
  const link = new URL(`/invitation/${token}`, base).toString();
  return {
    userId: input.userId,
    toAddress: input.email,
    subject: "Your Kaushal account is ready",
    bodyText: [
      `Dear ${input.name},`,
      "",
      "Your organisation has added you to Kaushal, the learning platform for civil servants.",
      `Set your password here within ${INVITATION_DAYS} days (the link works once):`,
      "",
      link,
      "",
      `Then sign in with ${input.email}.`,
    ].join("\n"),
    kind: "onboarding.invitation",
    dedupeKey: `onboarding.invitation:${input.userId}`,
  };
}
