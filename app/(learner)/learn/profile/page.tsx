import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/domain/format-date";
import { PROFILE_HREF } from "@/lib/domain/routes";
import { getProfileChangeOptions, listMyProfileChanges } from "@/lib/server/admin/list-profile-changes";
import { requirePermission } from "@/lib/server/auth/session";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { StatusBadge } from "@/components/status-badge";
import { ProfileChangeForm } from "./profile-change-form";
import { WithdrawForm } from "./withdraw-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("metaTitle") };
}

const TONES = { PENDING: "amber", APPROVED: "green", REJECTED: "red", WITHDRAWN: "neutral" } as const;

export default async function ProfilePage() {
  const user = await requirePermission("learning:own", PROFILE_HREF);
  const [{ official, organisations, positions }, requests, t, locale] = await Promise.all([
    getProfileChangeOptions(user.id),
    listMyProfileChanges(user.id),
    getTranslations("profile"),
    getLocale(),
  ]);
  const lang = locale === "hi" ? "hi" : "en";
  const open = requests.find((request) => request.status === "PENDING");

  return (
    <div className="space-y-6">
      <PageHeading eyebrow={t("eyebrow")} title={user.name} description={user.email} />
      <SectionCard id="profile-current" title={t("whereTitle")}>
        <dl className="grid gap-3 sm:grid-cols-3">
          <div>
            <dt className="text-sm font-semibold text-slate-700">{t("organisation")}</dt>
            <dd>{official.organisation?.name ?? "—"}</dd>
          </div>
          <div>
            <dt className="text-sm font-semibold text-slate-700">{t("designation")}</dt>
            <dd>{official.designation ?? "—"}</dd>
          </div>
          <div>
            <dt className="text-sm font-semibold text-slate-700">{t("post")}</dt>
            <dd>{official.fracPosition?.title ?? "—"}</dd>
          </div>
        </dl>
      </SectionCard>
      <SectionCard id="profile-change" title={t("askTitle")} description={t("askDescription")}>
        {open ? (
          <div className="space-y-3">
            <p className="text-slate-700">{t("waiting")}</p>
            <WithdrawForm requestId={open.id} />
          </div>
        ) : (
          <ProfileChangeForm currentOrganisationId={official.organisationId} organisations={organisations} positions={positions} />
        )}
      </SectionCard>
      <SectionCard id="profile-requests" title={t("requestsTitle")}>
        {requests.length === 0 ? (
          <p className="text-slate-700">{t("none")}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {requests.map((request) => (
              <li key={request.id} className="space-y-1 py-3">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold text-navy-900">
                    {request.toOrganisationName}
                    {request.designation ? `, ${request.designation}` : ""}
                    {request.positionTitle ? `, ${request.positionTitle}` : ""}
                  </span>
                  <StatusBadge tone={TONES[request.status]}>{t(`status.${request.status}`)}</StatusBadge>
                </p>
                <p className="text-sm text-slate-600">
                  {request.decidedAt
                    ? t("askedAndDecided", { asked: formatDate(request.createdAt, lang), decided: formatDate(request.decidedAt, lang) })
                    : t("askedOn", { date: formatDate(request.createdAt, lang) })}
                </p>
                {request.decisionReason ? <p className="text-sm text-slate-700">{t("reason", { reason: request.decisionReason })}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
    </div>
  );
}
