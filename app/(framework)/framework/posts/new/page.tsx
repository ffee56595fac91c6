import type { Metadata } from "next";
import { POSTS_HREF } from "@/lib/domain/framework/framework-routes";
import { requirePermission } from "@/lib/server/auth/session";
import { getFrameworkFormOptions } from "@/lib/server/framework/get-framework-form-options";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { PostForm } from "../post-form";

export const metadata: Metadata = { title: "New post" };

export default async function NewPostPage() {
  const user = await requirePermission("frac:manage");
  const { organisations, roles } = await getFrameworkFormOptions(user);
  return (
    <div className="space-y-6">
      <BackLink href={POSTS_HREF}>Posts</BackLink>
      <PageHeading eyebrow="Competency framework" title="New post" />
      <PostForm values={{ code: "", title: "", description: null, organisationId: null, roleIds: [] }} organisations={organisations} roles={roles} cancelHref={POSTS_HREF} />
    </div>
  );
}
