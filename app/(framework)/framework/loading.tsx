import { HomeSkeleton } from "@/components/skeleton";

export default function Loading() {
  return <HomeSkeleton label="Loading the competency framework…" rows={6} />;
}
