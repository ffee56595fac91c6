import Link from "next/link";
import { SearchX } from "lucide-react";
import { CATALOGUE_HREF } from "@/lib/domain/routes";
import { EmptyState } from "@/components/empty-state";

// Drafts, courses in review and unknown slugs all land here alike, so the page never reveals
// that an unpublished course exists.
export default function CourseNotFound() {
  return (
    <EmptyState
      title="Course not found"
      icon={<SearchX className="size-10" />}
      action={
        <Link
          href={CATALOGUE_HREF}
          className="inline-flex min-h-11 items-center rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700"
        >
          Browse the catalogue
        </Link>
      }
    >
      This course does not exist or is not open for enrolment. It may have been withdrawn, or the link may be mistyped.
    </EmptyState>
  );
}
