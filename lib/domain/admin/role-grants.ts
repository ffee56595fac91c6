// The roles an MDO admin may grant inside their subtree: organisation admin of the official's
// own organisation, and content reviewer (whose reviews are scoped by reviewer groups). Analyst,
// super admin and content provider grants are outside an MDO admin's gift and are never touched,
// nor is an admin grant the official holds for some other organisation.

export type Grant = { role: string; organisationId: string | null };
export type WantedRoles = { isOrganisationAdmin: boolean; isReviewer: boolean };

export function heldRoles(grants: readonly Grant[], organisationId: string): WantedRoles {
  return {
    isOrganisationAdmin: grants.some((grant) => grant.role === "MDO_ADMIN" && grant.organisationId === organisationId),
    isReviewer: grants.some((grant) => grant.role === "CONTENT_REVIEWER"),
  };
}

export function roleGrantChanges(
  grants: readonly Grant[],
  wanted: WantedRoles,
  organisationId: string,
): { add: Grant[]; remove: Grant[] } {
  const held = heldRoles(grants, organisationId);
  const add: Grant[] = [];
  const remove: Grant[] = [];
  const adminGrant = { role: "MDO_ADMIN", organisationId };
  const reviewerGrant = { role: "CONTENT_REVIEWER", organisationId: null };
  if (wanted.isOrganisationAdmin && !held.isOrganisationAdmin) add.push(adminGrant);
  if (!wanted.isOrganisationAdmin && held.isOrganisationAdmin) remove.push(adminGrant);
  if (wanted.isReviewer && !held.isReviewer) add.push(reviewerGrant);
  if (!wanted.isReviewer && held.isReviewer) remove.push(...grants.filter((grant) => grant.role === "CONTENT_REVIEWER"));
  return { add, remove };
}
