import type { Metadata } from "next";
import { z } from "zod";
import { requirePermission } from "@/lib/server/auth/session";
import { getContentRequestFormOptions } from "@/lib/server/content-requests/get-content-request-form-options";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { CONTENT_REQUESTS_HREF } from "../hrefs";
import { RequestForm } from "./request-form";

export const metadata: Metadata = { title: "Request content" };

// Pre-fill arrives from the gap report's links; anything malformed is simply not pre-filled.
const prefillSchema = z.object({
  organisationId: z.uuid().optional().catch(undefined),
  competencyId: z.uuid().optional().catch(undefined),
  level: z.string().regex(/^[1-5]$/).optional().catch(undefined),
  officialsInNeed: z.string().regex(/^\d{1,8}$/).optional().catch(undefined),
});

export default async function NewContentRequestPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("content:request");
  const [options, raw] = await Promise.all([getContentRequestFormOptions(user), searchParams]);
  const prefill = prefillSchema.parse(raw);
  return (
    <div className="space-y-6">
      <BackLink href={CONTENT_REQUESTS_HREF}>Content requests</BackLink>
      <PageHeading eyebrow="My organisation" title="Request content" description="Every content provider sees open requests in their studio; you see who takes it on and the course they publish." />
      <RequestForm organisations={options.organisations} competencies={options.competencies} prefill={prefill} />
    </div>
  );
}
