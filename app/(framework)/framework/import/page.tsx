import type { Metadata } from "next";
import { CSV_SHEETS } from "@/lib/domain/framework/framework-csv-sheets";
import { FRAMEWORK_HREF } from "@/lib/domain/framework/framework-routes";
import { requirePermission } from "@/lib/server/auth/session";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Import the framework" };

export default async function ImportPage() {
  await requirePermission("frac:manage");
  return (
    <div className="space-y-6">
      <BackLink href={FRAMEWORK_HREF}>Competency framework</BackLink>
      <PageHeading
        eyebrow="Competency framework"
        title="Import the framework"
        description="A dry run lists every change and every invalid row first. Applying writes everything in one go, or nothing: if any row is invalid, nothing is imported."
      />
      <ImportForm />
      <SectionCard id="format-heading" title="File formats" description="An export of this portal is a valid import; exporting and importing it again changes nothing.">
        <div className="space-y-3 text-sm text-slate-800">
          <p>
            <strong>JSON</strong>: one object with <code>competencies</code>, <code>roles</code> (with their <code>activities</code> and{" "}
            <code>requirements</code>), <code>posts</code> and, for a new version, <code>mapping</code> — as the JSON export writes it.
          </p>
          <p>
            <strong>CSV</strong>: one file per sheet, recognised by its name or its header. A column left out leaves that field as it is; a role
            listed in roles.csv gets exactly the activities and requirements the other sheets give it. Lists in one cell are separated by “;”.
          </p>
          <ul className="space-y-1">
            {Object.values(CSV_SHEETS).map((sheet) => (
              <li key={sheet.file} className="break-words">
                <code className="font-semibold">{sheet.file}</code>: {sheet.columns.filter((column) => !/^level_[2-5]_/.test(column)).join(", ").replace("level_1_name, level_1_descriptor", "level_1_name … level_5_descriptor")}
              </li>
            ))}
          </ul>
          <p>
            Competencies without level descriptors get the five generic levels (Awareness, Basic application, Proficient, Advanced, Expert).
            A new version needs a mapping from every old competency a role still uses to its successor; passbooks, self-assessments and course
            tags are carried over along it, and the old version stays readable.
          </p>
        </div>
      </SectionCard>
    </div>
  );
}
