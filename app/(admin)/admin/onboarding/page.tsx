import type { Metadata } from "next";
import Link from "next/link";
import { FileSpreadsheet } from "lucide-react";
import { MAX_ONBOARDING_ROWS, ONBOARDING_COLUMNS } from "@/lib/domain/admin/onboarding/columns";
import { formatCount } from "@/lib/domain/format-count";
import { requirePermission } from "@/lib/server/auth/session";
import { listOnboardingImports } from "@/lib/server/admin/onboarding/get-onboarding-import";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { HINT, LABEL, PRIMARY_BUTTON, TEXT_LINK } from "@/components/ui-classes";
import { ImportStatusBadge } from "./import-status-badge";

export const metadata: Metadata = { title: "Add officials from a file" };

const UPLOAD_ERRORS: Record<string, string> = {
  NO_FILE: "Choose a CSV file to upload.",
  TOO_LARGE: "The file is too large. Split it into files of at most 200,000 rows.",
  EMPTY: "The file is empty.",
  NOT_CSV: "The first line is not a CSV header. Start from the template.",
  BAD_HEADER: "The header row lacks email, name or organisation_code. Start from the template.",
  NO_SCOPE: "You do not administer an organisation, so there is nowhere to add officials.",
};

type OnboardingPageProps = { searchParams: Promise<{ error?: string | string[] }> };

export default async function OnboardingPage({ searchParams }: OnboardingPageProps) {
  const user = await requirePermission("org:officials:manage");
  const errorCode = (await searchParams).error;
  const error = typeof errorCode === "string" ? (UPLOAD_ERRORS[errorCode] ?? "The file could not be uploaded.") : null;
  const imports = await listOnboardingImports(user);

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="Organisation"
        title="Add officials from a file"
        description="Upload a CSV of officials of your organisation. New emails become new officials; an email already in your organisation updates that official, so uploading the same file again changes nothing."
      />

      <SectionCard id="upload" title="Upload" description={`One row per official, up to ${formatCount(MAX_ONBOARDING_ROWS)} rows.`}>
        <form action="/admin/onboarding/upload" method="post" encType="multipart/form-data" className="space-y-4">
          {error ? (
            <p id="upload-error" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm font-semibold text-red-800">
              {error}
            </p>
          ) : null}
          <div>
            <label htmlFor="file" className={LABEL}>
              CSV file
            </label>
            <input
              id="file"
              name="file"
              type="file"
              accept=".csv,text/csv"
              required
              aria-describedby={error ? "upload-error file-hint" : "file-hint"}
              className="mt-1 block w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-4 file:font-semibold file:text-navy-800"
            />
            <p id="file-hint" className={HINT}>
              Columns: {ONBOARDING_COLUMNS.join(", ")}. Email, name and organisation_code are required; roles may be LEARNER and
              CONTENT_REVIEWER, separated by semicolons.
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-4">
            <button type="submit" className={PRIMARY_BUTTON}>
              Upload and check
            </button>
            <a href="/admin/onboarding/template" className={TEXT_LINK} download>
              Download the template
            </a>
          </div>
        </form>
      </SectionCard>

      <SectionCard id="uploads" title="Your uploads" description="Checked and applied in the background; each row's outcome is kept.">
        {imports.length === 0 ? (
          <p className="text-slate-700">You have not uploaded a file yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {imports.map((item) => (
              <li key={item.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="flex items-start gap-2">
                  <FileSpreadsheet aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-slate-500" />
                  <div>
                    <Link href={`/admin/onboarding/${item.id}`} className={`${TEXT_LINK} break-all`}>
                      {item.fileName}
                    </Link>
                    <p className="text-sm text-slate-600">
                      {item.createdAt.toLocaleString("en-IN", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Kolkata" })} ·{" "}
                      {formatCount(item.created)} created, {formatCount(item.updated)} updated, {formatCount(item.rejected)} rejected
                    </p>
                  </div>
                </div>
                <ImportStatusBadge status={item.status} />
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
    </div>
  );
}
