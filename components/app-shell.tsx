import type { ReactNode } from "react";
import type { CurrentUser } from "@/lib/domain/roles";
import { SiteHeader } from "@/components/site-header";
import { SiteFooter } from "@/components/site-footer";

/** Header, main landmark and footer shared by every signed-in area. */
export function AppShell({
  user,
  children,
  subNavigation,
}: {
  user: CurrentUser;
  children: ReactNode;
  /** An area's own sections, shown under the header. */
  subNavigation?: ReactNode;
}) {
  return (
    <>
      <SiteHeader user={user} />
      {subNavigation}
      <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
