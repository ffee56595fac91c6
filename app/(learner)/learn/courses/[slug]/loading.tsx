import { useTranslations } from "next-intl";
import { SkeletonBlock } from "@/components/skeleton";

export default function Loading() {
  const t = useTranslations("course");
  return (
    <div className="space-y-6">
      <p role="status" className="sr-only">
        {t("loading")}
      </p>
      <div className="space-y-2 border-b border-slate-200 pb-5">
        <SkeletonBlock className="h-4 w-48 max-w-full" />
        <SkeletonBlock className="h-8 w-96 max-w-full" />
        <SkeletonBlock className="h-4 w-full max-w-2xl" />
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-3">
          {Array.from({ length: 4 }, (_, i) => (
            <SkeletonBlock key={i} className="h-24" />
          ))}
        </div>
        <SkeletonBlock className="h-40" />
      </div>
    </div>
  );
}
