import type { Locale } from "../locales";
import en from "./en";
import hi from "./hi";

/** English is the source; every other catalogue must have the same shape (messages.test.ts). */
export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = { en, hi: hi as Messages };

/**
 * The namespaces client components read with useTranslations. Only these travel to the browser
 * (officials on slow links should not download every page's strings); server components
 * translate the rest and pass plain strings down.
 */
export const CLIENT_NAMESPACES = [
  "shell",
  "common",
  "language",
  "learnerNav",
  "errors",
  "units",
  "home",
  "catalogue",
  "course",
  "player",
  "assessment",
  "review",
  "certificate",
  "competencyForms",
  "profile",
] as const satisfies readonly (keyof Messages)[];

type ClientMessages = Pick<Messages, (typeof CLIENT_NAMESPACES)[number]>;

// Picked once per language at start-up, not on every request.
const CLIENT_MESSAGES = Object.fromEntries(
  Object.entries(MESSAGES).map(([locale, all]) => [locale, Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, all[ns]]))]),
) as Record<Locale, ClientMessages>;

export function clientMessages(locale: Locale): ClientMessages {
  return CLIENT_MESSAGES[locale];
}
