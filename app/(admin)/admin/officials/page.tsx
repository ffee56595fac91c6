import type { Metadata } from "next";
import Link from "next/link";
import { requireAdminConsole } from "@/lib/server/auth/require-admin-console";
import { can } from "@/lib/domain/permissions";
import { findOfficials, getOfficialsFilterOptions, type OfficialsFilters } from "@/lib/server/admin/find-officials";
import { DataTable, TD, TH } from "@/components/data-table";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { StatusBadge } from "@/components/status-badge";
import { CONTROL, LABEL, PRIMARY_BUTTON, SECONDARY_BUTTON, TEXT_LINK } from "@/components/ui-classes";
import { cleanSearchText } from "@/lib/domain/search-text";

export const metadata: Metadata = { title: "Officials" };

type SearchParams = Record<string, string | string[] | undefined>;

const FILTER_KEYS = ["q", "organisationId", "designation", "group", "serviceCadre", "status", "fracPositionId"] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function first(value: string | string[] | undefined): string | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw?.trim() ? raw.trim().slice(0, 200) : undefined;
}

/** The URL's filters, with anything malformed dropped rather than trusted. */
function parseFilters(params: SearchParams): OfficialsFilters {
  const group = first(params.group);
  const status = first(params.status);
  const organisationId = first(params.organisationId);
  const fracPositionId = first(params.fracPositionId);
  return {
    q: cleanSearchText(first(params.q)),
    designation: cleanSearchText(first(params.designation), 200),
    serviceCadre: cleanSearchText(first(params.serviceCadre)),
    after: cleanSearchText(first(params.after), 500),
    ...(group && ["A", "B", "C", "D"].includes(group) && { group: group as OfficialsFilters["group"] }),
    ...(status && (status === "ACTIVE" || status === "SUSPENDED") && { status }),
    ...(organisationId && UUID.test(organisationId) && { organisationId }),
    ...(fracPositionId && UUID.test(fracPositionId) && { fracPositionId }),
  };
}

function hrefWith(filters: OfficialsFilters, after?: string): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (after) params.set("after", after);
  const query = params.toString();
  return query ? `/admin/officials?${query}` : "/admin/officials";
}

export default async function OfficialsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireAdminConsole("org:officials:read");
  const filters = parseFilters(await searchParams);
  const [page, options] = await Promise.all([findOfficials(user, filters), getOfficialsFilterOptions(user)]);
  const canManage = can(user, "org:officials:manage");
  const filtered = FILTER_KEYS.some((key) => filters[key]);

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="Organisation"
        title="Officials"
        description="Find officials of your organisation by name, email or employee code, and narrow by organisation, designation, group, service, status or FRAC post."
        actions={
          canManage ? (
            <Link href="/admin/officials/new" className={PRIMARY_BUTTON}>
              Add an official
            </Link>
          ) : null
        }
      />

      <form method="get" action="/admin/officials" role="search" aria-label="Find officials" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <label htmlFor="officials-q" className={LABEL}>
            Name, email or employee code
          </label>
          <input id="officials-q" name="q" type="search" defaultValue={filters.q ?? ""} className={`${CONTROL} min-h-11`} />
        </div>
        <div>
          <label htmlFor="officials-organisation" className={LABEL}>
            Organisation
          </label>
          <select id="officials-organisation" name="organisationId" defaultValue={filters.organisationId ?? ""} className={`${CONTROL} min-h-11`}>
            <option value="">Any</option>
            {options.organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {"\u00a0\u00a0".repeat(Math.min(organisation.depth, 4))}
                {organisation.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="officials-designation" className={LABEL}>
            Designation
          </label>
          <input id="officials-designation" name="designation" defaultValue={filters.designation ?? ""} className={`${CONTROL} min-h-11`} />
        </div>
        <div>
          <label htmlFor="officials-group" className={LABEL}>
            Group
          </label>
          <select id="officials-group" name="group" defaultValue={filters.group ?? ""} className={`${CONTROL} min-h-11`}>
            <option value="">Any</option>
            {["A", "B", "C", "D"].map((group) => (
              <option key={group} value={group}>
                Group {group}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="officials-service" className={LABEL}>
            Service
          </label>
          <input id="officials-service" name="serviceCadre" defaultValue={filters.serviceCadre ?? ""} className={`${CONTROL} min-h-11`} />
        </div>
        <div>
          <label htmlFor="officials-status" className={LABEL}>
            Status
          </label>
          <select id="officials-status" name="status" defaultValue={filters.status ?? ""} className={`${CONTROL} min-h-11`}>
            <option value="">Any</option>
            <option value="ACTIVE">Active</option>
            <option value="SUSPENDED">Suspended</option>
          </select>
        </div>
        <div>
          <label htmlFor="officials-position" className={LABEL}>
            FRAC post
          </label>
          <select id="officials-position" name="fracPositionId" defaultValue={filters.fracPositionId ?? ""} className={`${CONTROL} min-h-11`}>
            <option value="">Any</option>
            {options.positions.map((position) => (
              <option key={position.id} value={position.id}>
                {position.title}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-4">
          <button type="submit" className={PRIMARY_BUTTON}>
            Find officials
          </button>
          {filtered ? (
            <Link href="/admin/officials" className={SECONDARY_BUTTON}>
              Clear filters
            </Link>
          ) : null}
        </div>
      </form>

      <SectionCard id="officials-results" title="Results" description={`Sorted by name, ${page.officials.length === 0 ? "none" : "25 at a time"}.`}>
        {page.officials.length === 0 ? (
          <p className="text-slate-700">{filters.after ? "There are no more officials." : "No official matches these filters."}</p>
        ) : (
          <div className="space-y-4">
            <DataTable caption="Officials" minWidth="min-w-[48rem]">
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className={TH}>Name</th>
                  <th scope="col" className={TH}>Designation</th>
                  <th scope="col" className={TH}>Organisation</th>
                  <th scope="col" className={TH}>FRAC post</th>
                  <th scope="col" className={TH}>Group / service</th>
                  <th scope="col" className={TH}>Status</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {page.officials.map((official) => (
                  <tr key={official.id}>
                    <td className={TD}>
                      <Link href={`/admin/officials/${official.id}`} className={TEXT_LINK}>
                        {official.name}
                      </Link>
                      <span className="block text-xs text-slate-600">{official.email}</span>
                    </td>
                    <td className={TD}>{official.designation ?? "—"}</td>
                    <td className={TD}>{official.organisationName ?? "—"}</td>
                    <td className={TD}>{official.positionTitle ?? "—"}</td>
                    <td className={TD}>{[official.group ? `Group ${official.group}` : null, official.serviceCadre].filter(Boolean).join(", ") || "—"}</td>
                    <td className={TD}>
                      <StatusBadge tone={official.status === "ACTIVE" ? "green" : "red"}>{official.status === "ACTIVE" ? "Active" : "Suspended"}</StatusBadge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
            <nav aria-label="Officials pages" className="flex flex-wrap gap-3">
              {filters.after ? (
                <Link href={hrefWith(filters)} className={SECONDARY_BUTTON}>
                  First page
                </Link>
              ) : null}
              {page.nextCursor ? (
                <Link href={hrefWith(filters, page.nextCursor)} className={SECONDARY_BUTTON}>
                  Next page
                </Link>
              ) : null}
            </nav>
          </div>
        )}
      </SectionCard>
    </div>
  );
}
