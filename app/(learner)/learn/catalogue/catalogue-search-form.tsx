"use client";

import { useTransition, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

type CatalogueSearchFormProps = { id: string; action: string; children: ReactNode };

/**
 * A plain GET form, so search works before (or without) JavaScript. With script, empty fields
 * are left out of the URL — "?q=rti" rather than "?q=rti&competency=&type=…" — so shared links
 * stay short, and the results load as a client navigation without a full page reload.
 */
export function CatalogueSearchForm({ id, action, children }: CatalogueSearchFormProps) {
  const t = useTranslations("catalogue.search");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <form
      id={id}
      role="search"
      aria-label={t("formLabel")}
      action={action}
      method="get"
      aria-busy={isPending}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
        const params = new URLSearchParams();
        for (const [name, value] of data) {
          if (typeof value === "string" && value.trim() !== "") params.append(name, value);
        }
        const search = params.toString();
        startTransition(() => router.push(search ? `${action}?${search}` : action));
      }}
    >
      {children}
      <p role="status" className="mt-2 min-h-5 text-sm text-slate-700">
        {isPending ? t("pending") : ""}
      </p>
    </form>
  );
}
