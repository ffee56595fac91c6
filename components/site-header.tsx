import Link from "next/link";
import { GraduationCap } from "lucide-react";
import { accessibleAreas } from "@/lib/domain/areas";
import type { CurrentUser } from "@/lib/domain/roles";
import { SignOutButton } from "@/components/sign-out-button";
import { AreaNavLinks, type NavItem } from "@/components/area-nav-links";
import { MobileMenu } from "@/components/mobile-menu";
import { LanguageSwitch } from "@/components/language-switch";
import { BrandMark, TricolourStripe } from "@/components/brand";
import { getTranslations } from "next-intl/server";

type SiteHeaderProps = { user: CurrentUser };

export async function SiteHeader({ user }: SiteHeaderProps) {
  const t = await getTranslations("shell");
  // Only areas the user may open are linked; the layouts enforce the same permissions.
  const items: NavItem[] = accessibleAreas(user).map(({ key, href }) => ({ href, label: t(`areas.${key}`) }));

  return (
    <header className="relative border-b border-slate-200 bg-white print:hidden">
      <TricolourStripe />
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="flex min-w-0 items-center gap-2 rounded-md text-navy-900">
          <BrandMark icon={<GraduationCap aria-hidden="true" className="size-5" />} subtitle={t("tagline")} />
        </Link>

        <div className="hidden items-center gap-4 lg:flex">
          <nav aria-label={t("mainNavigation")}>
            <AreaNavLinks items={items} layout="row" />
          </nav>
          <div className="flex items-center gap-3 border-l border-slate-200 pl-4">
            <LanguageSwitch />
            <span className="max-w-48 truncate text-sm text-slate-700" title={user.name}>
              {user.name}
            </span>
            <SignOutButton />
          </div>
        </div>

        <MobileMenu label={t("menu")}>
          <nav aria-label={t("mainNavigation")}>
            <AreaNavLinks items={items} layout="stack" />
          </nav>
          <div className="mt-3 flex items-center justify-between gap-3 border-t border-slate-200 pt-3">
            <span className="min-w-0 truncate text-sm text-slate-700">
              {t("signedInAs", { name: user.name })}
            </span>
            <LanguageSwitch />
            <span className="shrink-0">
              <SignOutButton />
            </span>
          </div>
        </MobileMenu>
      </div>
    </header>
  );
}
