import Link from "next/link";
import { Layers } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { listPublishedProgrammes } from "@/lib/server/programmes/list-published-programmes";

/** Published programmes above the course results; nothing at all when there are none. */
export async function ProgrammesStrip() {
  const [programmes, t] = await Promise.all([listPublishedProgrammes(), getTranslations("programme")]);
  if (programmes.length === 0) return null;
  return (
    <section aria-labelledby="catalogue-programmes" className="space-y-3">
      <div>
        <h2 id="catalogue-programmes" className="text-lg font-semibold text-navy-900">
          {t("catalogueHeading")}
        </h2>
        <p className="text-sm text-slate-700">{t("catalogueIntro")}</p>
      </div>
      <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {programmes.map((programme) => (
          <li key={programme.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <p className="flex items-center gap-1 text-xs font-semibold tracking-wide text-saffron-700 uppercase">
              <Layers aria-hidden="true" className="size-4" /> {t("eyebrow")} · {t("courseCount", { count: programme.courseCount })}
            </p>
            <Link href={`/learn/programmes/${programme.slug}`} className="mt-1 block font-semibold text-navy-800 underline-offset-2 hover:underline">
              {programme.title}
            </Link>
            <p className="mt-1 line-clamp-3 text-sm text-slate-700">{programme.summary}</p>
            <p className="mt-1 text-xs text-slate-600">{t("offeredBy", { provider: programme.providerName })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
