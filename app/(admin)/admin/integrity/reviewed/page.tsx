import type { Metadata } from "next";
import { IntegrityFlagsView, type IntegrityPageProps } from "../integrity-flags-view";

export const metadata: Metadata = { title: "Reviewed integrity flags" };

export default function ReviewedIntegrityFlagsPage({ searchParams }: IntegrityPageProps) {
  return <IntegrityFlagsView filter="reviewed" searchParams={searchParams} />;
}
