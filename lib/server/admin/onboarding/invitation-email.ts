import "server-only";
import { mailTranslator } from "@/lib/domain/mail/mail-translator";
import type { OutgoingEmail } from "@/lib/server/mail/queue-emails";
import { absoluteUrl } from "@/lib/server/public-url";
import { createInvitationToken, INVITATION_DAYS } from "./invitation-token";

/**
 * The email that lets a new official set their first password (the link works once). Nobody has
 * chosen a language yet, so it is written in English and Hindi, as official letters are.
 */
export function invitationEmail(input: { userId: string; email: string; name: string; importId: string; now?: Date }): OutgoingEmail {
  const expiresAt = new Date((input.now ?? new Date()).getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  const token = createInvitationToken({ userId: input.userId, passwordHash: null, expiresAt });
  const link = absoluteUrl(`/invitation/${token}`);
  const inLanguage = (language: "EN" | "HI") => {
    const { t } = mailTranslator(language);
    return {
      subject: t("invitation.subject"),
      body: [
        t("invitation.greeting", { name: input.name }),
        "",
        t("invitation.intro"),
        t("invitation.setPassword", { days: INVITATION_DAYS }),
        "",
        link,
        "",
        t("invitation.signIn", { email: input.email }),
        "",
        `— ${t("signOff")}`,
      ].join("\n"),
    };
  };
  const english = inLanguage("EN");
  const hindi = inLanguage("HI");
  return {
    userId: input.userId,
    toAddress: input.email,
    subject: `${english.subject} / ${hindi.subject}`,
    bodyText: `${english.body}\n\n* * *\n\n${hindi.body}`,
    kind: "onboarding.invitation",
    dedupeKey: `onboarding.invitation:${input.userId}`,
  };
}
