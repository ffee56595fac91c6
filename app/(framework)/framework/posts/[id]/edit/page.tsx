import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { postHref } from "@/lib/domain/framework/framework-routes";
import { requirePermission } from "@/lib/server/auth/session";
import { getFracPost } from "@/lib/server/framework/get-frac-post";
import { getFrameworkFormOptions } from "@/lib/server/framework/get-framework-form-options";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { PostForm } from "../../post-form";

export const metadata: Metadata = { title: "Edit post" };

export default async function EditPostPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("frac:manage");
  const [post, options] = await Promise.all([getFracPost(user, (await params).id), getFrameworkFormOptions(user)]);
  if (!post) notFound();
  return (
    <div className="space-y-6">
      <BackLink href={postHref(post.id)}>{post.title}</BackLink>
      <PageHeading eyebrow="Competency framework" title={`Edit ${post.title}`} />
      <PostForm
        values={{ id: post.id, code: post.code, title: post.title, description: post.description, organisationId: post.organisation?.id ?? null, roleIds: post.roles.map((role) => role.id) }}
        organisations={options.organisations}
        roles={options.roles}
        cancelHref={postHref(post.id)}
      />
    </div>
  );
}
