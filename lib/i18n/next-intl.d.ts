import type { Messages } from "./messages";
import type { Locale } from "./locales";

// Message keys and locales are type-checked: a typo in t("…") fails `tsc`, not an official's screen.
declare module "next-intl" {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmentation merges only into an interface
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
