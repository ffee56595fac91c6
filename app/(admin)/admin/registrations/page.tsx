import type { Metadata } from "next";
import { headers } from "next/headers";
import QRCode from "qrcode";
import { formatDate } from "@/lib/domain/format-date";
import { listRegistrationQueue } from "@/lib/server/admin/decide-registration";
import { getOfficialsFilterOptions } from "@/lib/server/admin/find-officials";
import { listRegistrationLinks } from "@/lib/server/admin/registration-links";
import { requirePermission } from "@/lib/server/auth/session";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { StatusBadge } from "@/components/status-badge";
import { DecisionForm } from "../transfers/decision-form";
import { decideRegistrationRequest } from "./actions";
import { CreateLinkForm, RevokeLinkForm } from "./link-forms";

export const metadata: Metadata = { title: "Registrations" };

const STATE_LABELS = { OPEN: ["Open", "green"], EXPIRED: ["Expired", "neutral"], REVOKED: ["Stopped", "red"] } as const;

async function publicOrigin(): Promise<string> {
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost:3000";
  const proto = list.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

export default async function RegistrationsPage() {
  const user = await requirePermission("org:officials:manage");
  const [links, queue, options, origin] = await Promise.all([listRegistrationLinks(user), listRegistrationQueue(user), getOfficialsFilterOptions(user, "manage"), publicOrigin()]);
  const withQr = await Promise.all(
    links.map(async (link) => {
      const url = `${origin}/register/${link.token}`;
      return { ...link, url, qr: link.state === "OPEN" ? await QRCode.toDataURL(url, { margin: 1, width: 200 }) : null };
    }),
  );

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="Organisation"
        title="Registrations"
        description="Share a link or its QR code. People who register through it wait here until you approve them; approved people sign in with the password they chose."
      />
      <SectionCard id="registrations-pending" title="Waiting for approval" description={queue.pending.length === 0 ? undefined : `${queue.pending.length} waiting, oldest first.`}>
        {queue.pending.length === 0 ? (
          <p className="text-slate-700">Nobody is waiting.</p>
        ) : (
          <ul className="space-y-4">
            {queue.pending.map((item) => (
              <li key={item.id} className="space-y-2 rounded-md border border-slate-200 p-4">
                <h3 className="font-semibold text-navy-900">
                  {item.name} <span className="font-normal break-all text-slate-600">({item.email})</span>
                </h3>
                <p className="text-sm text-slate-700">
                  {item.designation ? `${item.designation}, ` : ""}
                  {item.organisationName}; registered on {formatDate(item.createdAt)}.
                </p>
                <DecisionForm requestId={item.id} subject={`${item.name}’s registration`} decide={decideRegistrationRequest} />
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
      <SectionCard id="registrations-decided" title="Decided recently">
        {queue.decided.length === 0 ? (
          <p className="text-slate-700">No registration has been decided yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {queue.decided.map((item) => (
              <li key={item.id} className="space-y-1 py-3">
                <p className="flex flex-wrap items-center gap-2 font-semibold text-navy-900">
                  {item.name}
                  <StatusBadge tone={item.status === "APPROVED" ? "green" : "red"}>{item.status === "APPROVED" ? "Approved" : "Rejected"}</StatusBadge>
                </p>
                <p className="text-sm break-all text-slate-700">
                  {item.email}, {item.organisationName}
                  {item.decisionReason ? `. Reason: ${item.decisionReason}` : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
      <SectionCard id="registrations-new-link" title="New registration link">
        <CreateLinkForm organisations={options.organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))} />
      </SectionCard>
      <SectionCard id="registrations-links" title="Links">
        {withQr.length === 0 ? (
          <p className="text-slate-700">No link yet.</p>
        ) : (
          <ul className="space-y-4">
            {withQr.map((link) => (
              <li key={link.id} className="flex flex-col gap-4 rounded-md border border-slate-200 p-4 sm:flex-row">
                {link.qr ? (
                  // eslint-disable-next-line @next/next/no-img-element -- a generated data URL, nothing to optimise
                  <img src={link.qr} width={160} height={160} alt={`QR code for registering with ${link.organisationName}`} className="size-40 shrink-0" />
                ) : null}
                <div className="min-w-0 space-y-2">
                  <p className="flex flex-wrap items-center gap-2 font-semibold text-navy-900">
                    {link.organisationName}
                    <StatusBadge tone={STATE_LABELS[link.state][1]}>{STATE_LABELS[link.state][0]}</StatusBadge>
                  </p>
                  <p className="text-sm text-slate-700">
                    {link.state === "OPEN" ? `Works until ${formatDate(link.expiresAt)}` : `Made on ${formatDate(link.createdAt)}`}; {link.pending} waiting.
                  </p>
                  {link.state === "OPEN" ? (
                    <>
                      <p className="text-sm break-all">
                        <a href={link.url} className="font-semibold text-navy-700 underline" data-testid="registration-link">
                          {link.url}
                        </a>
                      </p>
                      <RevokeLinkForm linkId={link.id} />
                    </>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
    </div>
  );
}
