import type { Metadata } from "next";
import { requirePermission } from "@/lib/server/auth/session";
import { getProgrammeFormOptions } from "@/lib/server/studio/programmes/get-programme-form-options";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { STUDIO_PROGRAMMES_HREF } from "../hrefs";
import { ProgrammeForm } from "../programme-form";

export const metadata: Metadata = { title: "New programme" };

export default async function NewProgrammePage() {
  await requirePermission("course:author");
  const options = await getProgrammeFormOptions();
  return (
    <div className="space-y-6">
      <BackLink href={STUDIO_PROGRAMMES_HREF}>Programmes</BackLink>
      <PageHeading eyebrow="Studio" title="New programme" description="Saved as a draft; publish it once it holds at least two published courses." />
      <ProgrammeForm
        values={{ title: "", summary: "", description: "", thumbnailId: null, courseIds: [], competencies: [] }}
        options={options}
        cancelHref={STUDIO_PROGRAMMES_HREF}
      />
    </div>
  );
}
