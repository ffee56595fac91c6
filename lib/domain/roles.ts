// Role names as the domain knows them; they match the database enum value for value.
export const ROLES = ["LEARNER", "CONTENT_PROVIDER", "MDO_ADMIN", "CBC_ANALYST", "SUPER_ADMIN", "CONTENT_REVIEWER"] as const;
export type RoleName = (typeof ROLES)[number];

export type RoleGrant = {
  role: RoleName;
  /** MDO_ADMIN: root of the organisation subtree the grant covers. */
  organisationId: string | null;
  /** CONTENT_PROVIDER: the provider the grant covers. CONTENT_REVIEWER: scoped by reviewer groups, not the grant. */
  providerId: string | null;
};

/** The signed-in official as every server check sees it. */
export type CurrentUser = {
  id: string;
  name: string;
  email: string;
  organisationId: string | null;
  preferredLanguage: "EN" | "HI";
  grants: RoleGrant[];
};
