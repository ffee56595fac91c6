import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/domain/action-result";

/**
 * Expected failures are written in English next to the rules that raise them; the official
 * reads them in their own language. A code with a translation gets it (a more specific English
 * wording gives way to the code's general one); anything else passes through unchanged.
 */
export async function localiseFailure<T>(result: ActionResult<T>): Promise<ActionResult<T>> {
  if (result.ok) return result;
  const locale = await getLocale();
  if (locale === "en") return result;
  const t = await getTranslations("errors");
  if (!t.has(result.code as never)) return result;
  const message = t(result.code as never);
  const fieldErrors = result.fieldErrors
    ? Object.fromEntries(
        Object.entries(result.fieldErrors).map(([field, messages]) => [
          field,
          messages?.map((m) => (m === result.message ? message : m)),
        ]),
      )
    : undefined;
  return fieldErrors ? { ...result, message, fieldErrors } : { ...result, message };
}
