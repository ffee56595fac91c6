import { HomeSkeleton } from "@/components/skeleton";

// Only the list streams a skeleton: a loading boundary above the edit pages would send their
// 403 and 404 with a 200 status, because the shell is already on its way.
export default function Loading() {
  return <HomeSkeleton label="Loading FRAC roles…" rows={8} />;
}
