import type { Metadata } from "next";
import { UserMinus, UserPlus, Users } from "lucide-react";
import { REVIEW_STAGES, REVIEW_STAGE_LABELS } from "@/lib/domain/studio/review-routing";
import { requirePermission } from "@/lib/server/auth/session";
import { getReviewerAdmin, type ReviewerAdminGroup } from "@/lib/server/studio/review/groups/get-reviewer-admin";
import { BackLink } from "@/components/back-link";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { StatusBadge } from "@/components/status-badge";
import { REVIEWER_GROUPS_HREF, REVIEW_QUEUE_HREF } from "../hrefs";
import { ActionForm } from "./action-form";
import { addGroup, addMember, removeMember, saveReviewStages } from "./actions";
import { GROUP_NAME_MAX_LENGTH } from "./actions.schema";
import { CONTROL, LABEL, PRIMARY_BUTTON, SECONDARY_BUTTON, SMALL_BUTTON } from "@/components/ui-classes";

export const metadata: Metadata = { title: "Reviewer groups and stages" };

type PageProps = { searchParams: Promise<{ organisation?: string | string[] }> };

const STAGE_CHOICES = [
  { value: "inherit", label: "As the organisation above decides" },
  { value: "1", label: "One stage: MDO approval" },
  { value: "2", label: "Two stages: subject-expert review, then MDO approval" },
] as const;

export default async function ReviewerGroupsPage({ searchParams }: PageProps) {
  const user = await requirePermission("review:manage");
  const { organisation } = await searchParams;
  const admin = await getReviewerAdmin(user, typeof organisation === "string" ? organisation : null);
  const { selected } = admin;

  return (
    <div className="space-y-6">
      <BackLink href={REVIEW_QUEUE_HREF}>Review queue</BackLink>
      <PageHeading
        eyebrow="Studio"
        title="Reviewer groups and stages"
        description="Decide how many review stages your organisations' courses pass, and who reviews each stage. A course goes to the nearest organisation up its tree with a group for the stage; a group for the course's competency area comes before a group for all areas."
      />

      {admin.organisations.length === 0 ? (
        <EmptyState title="No organisations to manage" icon={<Users className="size-10" />}>
          You do not administer any organisation.
        </EmptyState>
      ) : (
        <form method="get" action={REVIEWER_GROUPS_HREF} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <div className="min-w-0 flex-1">
            <label htmlFor="organisation" className={LABEL}>
              Organisation
            </label>
            <select id="organisation" name="organisation" defaultValue={selected?.id} className={`${CONTROL} min-h-11`}>
              {admin.organisations.map((option) => (
                <option key={option.id} value={option.id}>
                  {"— ".repeat(option.depth)}
                  {option.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={SECONDARY_BUTTON}>
            Show
          </button>
        </form>
      )}

      {selected ? (
        <>
          <SectionCard
            id="stages-heading"
            title={`Review stages for ${selected.name}`}
            description={`Its courses now pass: ${selected.effectiveStages.map((stage) => REVIEW_STAGE_LABELS[stage]).join(", then ")}${selected.decidedBy ? ` (set by ${selected.decidedBy})` : " (the default)"}.`}
          >
            <ActionForm action={saveReviewStages} submitLabel="Save stages" buttonClassName={PRIMARY_BUTTON} label="Review stages">
              <input type="hidden" name="organisationId" value={selected.id} />
              <fieldset>
                <legend className={LABEL}>Stages</legend>
                <div className="mt-2 grid gap-2">
                  {STAGE_CHOICES.map((choice) => (
                    <label key={choice.value} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 text-sm has-checked:border-navy-600 has-checked:bg-navy-50">
                      <input
                        type="radio"
                        name="reviewStages"
                        value={choice.value}
                        defaultChecked={(selected.reviewStages === null ? "inherit" : String(selected.reviewStages)) === choice.value}
                        className="size-4 accent-navy-700"
                      />
                      {choice.label}
                    </label>
                  ))}
                </div>
              </fieldset>
            </ActionForm>
          </SectionCard>

          <SectionCard id="groups-heading" title={`Groups of ${selected.name}`} description="Members must be officials of your organisations who are content reviewers or MDO admins.">
            {selected.groups.length === 0 ? (
              <p className="text-sm text-slate-700">No groups here yet. Courses go to the nearest organisation above with a group for each stage.</p>
            ) : (
              <ul className="space-y-4">
                {selected.groups.map((group) => (
                  <GroupCard key={group.id} group={group} eligible={admin.eligible} />
                ))}
              </ul>
            )}
          </SectionCard>

          <SectionCard id="new-group-heading" title="New group">
            <ActionForm action={addGroup} submitLabel="Create group" buttonClassName={PRIMARY_BUTTON} label="New group">
              <input type="hidden" name="organisationId" value={selected.id} />
              <div className="grid gap-3 sm:grid-cols-3">
                <div>
                  <label htmlFor="group-stage" className={LABEL}>
                    Stage
                  </label>
                  <select id="group-stage" name="stage" className={`${CONTROL} min-h-11`}>
                    {REVIEW_STAGES.map((stage) => (
                      <option key={stage} value={stage}>
                        {REVIEW_STAGE_LABELS[stage]}
                      </option>
                    ))}
                  </select>
                </div>
                <div>
                  <label htmlFor="group-area" className={LABEL}>
                    Competency area
                  </label>
                  <select id="group-area" name="competencyArea" className={`${CONTROL} min-h-11`}>
                    <option value="">All areas</option>
                    {admin.areas.map((area) => (
                      <option key={area} value={area}>
                        {area}
                      </option>
                    ))}
                  </select>
                </div>
                <div>
                  <label htmlFor="group-name" className={LABEL}>
                    Name
                  </label>
                  <input id="group-name" name="name" required minLength={3} maxLength={GROUP_NAME_MAX_LENGTH} className={`${CONTROL} min-h-11`} />
                </div>
              </div>
            </ActionForm>
          </SectionCard>
        </>
      ) : null}
    </div>
  );
}

function GroupCard({ group, eligible }: { group: ReviewerAdminGroup; eligible: { id: string; name: string; designation: string | null; organisationName: string | null }[] }) {
  const memberIds = new Set(group.members.map((member) => member.id));
  const candidates = eligible.filter((official) => !memberIds.has(official.id));
  const headingId = `group-${group.id}`;
  return (
    <li aria-labelledby={headingId} className="rounded-md border border-slate-200 p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="text-base font-semibold text-navy-900">
          {group.name}
        </h3>
        <span className="flex flex-wrap gap-1">
          <StatusBadge tone={group.stage === "MDO_APPROVAL" ? "navy" : "amber"}>{REVIEW_STAGE_LABELS[group.stage]}</StatusBadge>
          <StatusBadge>{group.competencyArea ?? "All areas"}</StatusBadge>
        </span>
      </div>
      {group.members.length === 0 ? (
        <p className="mt-2 text-sm text-amber-900">No members yet: reviews routed here wait until someone is added.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100" aria-label={`Members of ${group.name}`}>
          {group.members.map((member) => (
            <li key={member.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <span>
                <span className="font-semibold text-slate-900">{member.name}</span>
                {member.designation ? <span className="text-slate-600">, {member.designation}</span> : null}
              </span>
              <ActionForm
                action={removeMember}
                label={`Remove ${member.name} from ${group.name}`}
                buttonClassName={SMALL_BUTTON}
                submitLabel={
                  <>
                    <UserMinus aria-hidden="true" className="size-4" /> Remove<span className="sr-only"> {member.name}</span>
                  </>
                }
              >
                <input type="hidden" name="groupId" value={group.id} />
                <input type="hidden" name="userId" value={member.id} />
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 0 ? (
        <div className="mt-3 border-t border-slate-200 pt-3">
          <ActionForm
            action={addMember}
            label={`Add a member to ${group.name}`}
            buttonClassName={SECONDARY_BUTTON}
            submitLabel={
              <>
                <UserPlus aria-hidden="true" className="size-4" /> Add member
              </>
            }
          >
            <input type="hidden" name="groupId" value={group.id} />
            <label htmlFor={`add-${group.id}`} className={LABEL}>
              Add an official to {group.name}
            </label>
            <select id={`add-${group.id}`} name="userId" className={`${CONTROL} min-h-11`}>
              {candidates.map((official) => (
                <option key={official.id} value={official.id}>
                  {official.name}
                  {official.designation ? `, ${official.designation}` : ""}
                  {official.organisationName ? ` (${official.organisationName})` : ""}
                </option>
              ))}
            </select>
          </ActionForm>
        </div>
      ) : null}
    </li>
  );
}
