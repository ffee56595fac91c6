import { Search } from "lucide-react";
import { getTranslations } from "next-intl/server";

type VerifyFormProps = { defaultCode?: string; error?: string | null };

/** A plain GET form: works without JavaScript and leaves a shareable /verify?code=… URL. */
export async function VerifyForm({ defaultCode, error }: VerifyFormProps) {
  const t = await getTranslations("verify.form");
  return (
    <form action="/verify" method="get" className="space-y-3" aria-describedby={error ? "verify-error" : "verify-hint"}>
      <label htmlFor="verify-code" className="block font-semibold text-slate-900">
        {t("label")}
      </label>
      <p id="verify-hint" className="text-sm text-slate-600">
        {t("hint")}
      </p>
      <div className="flex flex-col gap-3 sm:flex-row">
        <input
          id="verify-code"
          name="code"
          type="text"
          required
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          defaultValue={defaultCode}
          aria-invalid={error ? true : undefined}
          className="block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-base tracking-wider text-slate-900 shadow-sm aria-invalid:border-red-700 sm:flex-1"
        />
        <button
          type="submit"
          className="inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-navy-800 px-5 font-semibold text-white hover:bg-navy-700"
        >
          <Search aria-hidden="true" className="size-5" /> {t("submit")}
        </button>
      </div>
      {error ? (
        <p id="verify-error" role="status" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </form>
  );
}
