import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";

// The portal's own message catalogues, so a test can find "Mark complete" in whichever language
// the signed-in official reads. Read from disk: the catalogues' TypeScript index is for the app.
const MESSAGES_DIR = path.join(import.meta.dirname, "../../lib/i18n/messages");

export type TestLocale = "en" | "hi";
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function translatorFor(locale: TestLocale): Translate {
  const dir = path.join(MESSAGES_DIR, locale);
  const messages = Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith(".json"))
      .map((file) => [file.slice(0, -".json".length), JSON.parse(readFileSync(path.join(dir, file), "utf8")) as unknown]),
  );
  const t = createTranslator({ locale, messages: messages as never });
  return (key, values) => t(key as never, values as never);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
