import { HomeSkeleton } from "@/components/skeleton";

// In the overview's own route group, so it never wraps the edit pages (see competencies/(list)/loading.tsx).
export default function Loading() {
  return <HomeSkeleton label="Loading the competency framework…" rows={6} />;
}
