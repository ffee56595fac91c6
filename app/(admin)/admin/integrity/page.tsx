import type { Metadata } from "next";
import { IntegrityFlagsView, type IntegrityPageProps } from "./integrity-flags-view";

export const metadata: Metadata = { title: "Learning integrity" };

export default function OpenIntegrityFlagsPage({ searchParams }: IntegrityPageProps) {
  return <IntegrityFlagsView filter="open" searchParams={searchParams} />;
}
