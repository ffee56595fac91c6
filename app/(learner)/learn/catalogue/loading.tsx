import { useTranslations } from "next-intl";
import { SkeletonBlock } from "@/components/skeleton";

export default function Loading() {
  const t = useTranslations("catalogue");
  return (
    <div className="space-y-6">
      <p role="status" className="sr-only">
        {t("loading")}
      </p>
      <div className="space-y-2 border-b border-slate-200 pb-5">
        <SkeletonBlock className="h-4 w-24" />
        <SkeletonBlock className="h-8 w-56 max-w-full" />
      </div>
      <SkeletonBlock className="h-11 w-full" />
      <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <SkeletonBlock className="h-11 lg:h-96" />
        <div className="grid gap-3 md:grid-cols-2">
          {Array.from({ length: 6 }, (_, i) => (
            <SkeletonBlock key={i} className="h-48" />
          ))}
        </div>
      </div>
    </div>
  );
}
