import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pencil } from "lucide-react";
import { formatCount } from "@/lib/domain/format-count";
import { listHref } from "@/lib/domain/framework/framework-list-query";
import { POSTS_HREF, postHref, roleHref } from "@/lib/domain/framework/framework-routes";
import { can } from "@/lib/domain/permissions";
import { requirePermission } from "@/lib/server/auth/session";
import { getFracPost } from "@/lib/server/framework/get-frac-post";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { Fact, FactList } from "../../framework-ui";
import { SECONDARY_BUTTON, TEXT_LINK } from "@/components/ui-classes";

type PostPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: PostPageProps): Promise<Metadata> {
  const user = await requirePermission("frac:read");
  return { title: (await getFracPost(user, (await params).id))?.title ?? "Post" };
}

export default async function PostPage({ params }: PostPageProps) {
  const user = await requirePermission("frac:read");
  const post = await getFracPost(user, (await params).id);
  if (!post) notFound();

  return (
    <div className="space-y-6">
      <BackLink href={POSTS_HREF}>Posts</BackLink>
      <PageHeading
        eyebrow={`Post · ${post.code}`}
        title={post.title}
        description={post.description ?? undefined}
        actions={
          can(user, "frac:manage") ? (
            <Link href={`${postHref(post.id)}/edit`} className={SECONDARY_BUTTON}>
              <Pencil aria-hidden="true" className="size-4" /> Edit post
            </Link>
          ) : null
        }
      />
      <FactList label="About this post">
        <Fact term="Organisation">
          {post.organisation ? (
            <Link href={listHref(POSTS_HREF, { organisation: post.organisation.code })} className={TEXT_LINK}>
              {post.organisation.name}
            </Link>
          ) : (
            "None"
          )}
        </Fact>
        <Fact term="Officials holding it">{formatCount(post.officials)}</Fact>
      </FactList>
      <SectionCard id="roles-heading" title="FRAC roles" description="What the post requires is, per competency, the highest level any of its roles asks for.">
        {post.roles.length === 0 ? (
          <p className="text-slate-700">This post carries no FRAC role yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {post.roles.map((role) => (
              <li key={role.id} className="flex flex-wrap items-center justify-between gap-2 py-2 first:pt-0 last:pb-0">
                <span className="min-w-0">
                  <Link href={roleHref(role.id)} className={TEXT_LINK}>
                    {role.name}
                  </Link>{" "}
                  <span className="text-sm text-slate-700">{role.code}</span>
                </span>
                <span className="text-sm text-slate-700">
                  {formatCount(role.requirements)} {role.requirements === 1 ? "competency" : "competencies"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
    </div>
  );
}
