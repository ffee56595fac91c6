import { HomeSkeleton } from "@/components/skeleton";

export default function Loading() {
  return <HomeSkeleton label="Loading your courses…" />;
}
