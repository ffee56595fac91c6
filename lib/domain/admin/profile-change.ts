// What an approved profile-change request does to the official. A transfer to another
// organisation leaves the old organisation's FRAC post and reporting line behind unless the
// request names a new post; the learning record, passbook and certificates are the official's
// own and are not touched.

export type ProfileFields = {
  organisationId: string | null;
  designation: string | null;
  fracPositionId: string | null;
  reportingOfficerId: string | null;
};

export type ProfileChange = { toOrganisationId: string; designation: string | null; fracPositionId: string | null };

export function isTransfer(current: Pick<ProfileFields, "organisationId">, change: Pick<ProfileChange, "toOrganisationId">): boolean {
  return current.organisationId !== change.toOrganisationId;
}

/** True when the request would change nothing, which is refused as pointless. */
export function changesNothing(current: ProfileFields, change: ProfileChange): boolean {
  return (
    !isTransfer(current, change) &&
    (change.designation === null || change.designation === current.designation) &&
    (change.fracPositionId === null || change.fracPositionId === current.fracPositionId)
  );
}

export function applyProfileChange(current: ProfileFields, change: ProfileChange): ProfileFields {
  const moving = isTransfer(current, change);
  return {
    organisationId: change.toOrganisationId,
    designation: change.designation ?? current.designation,
    fracPositionId: change.fracPositionId ?? (moving ? null : current.fracPositionId),
    reportingOfficerId: moving ? null : current.reportingOfficerId,
  };
}
