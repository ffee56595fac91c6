import Link from "next/link";
import { SearchX } from "lucide-react";
import { useTranslations } from "next-intl";
import { CATALOGUE_HREF } from "@/lib/domain/routes";
import { EmptyState } from "@/components/empty-state";

// Drafts, courses in review and unknown slugs all land here alike, so the page never reveals
// that an unpublished course exists.
export default function CourseNotFound() {
  const t = useTranslations("course.notFound");
  return (
    <EmptyState
      title={t("title")}
      icon={<SearchX className="size-10" />}
      action={
        <Link
          href={CATALOGUE_HREF}
          className="inline-flex min-h-11 items-center rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700"
        >
          {t("browse")}
        </Link>
      }
    >
      {t("body")}
    </EmptyState>
  );
}
