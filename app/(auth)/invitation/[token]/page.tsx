import type { Metadata } from "next";
import Link from "next/link";
import { getInvitation } from "@/lib/server/admin/onboarding/accept-invitation";
import { TEXT_LINK } from "@/components/ui-classes";
import { SetPasswordForm } from "./set-password-form";

export const metadata: Metadata = { title: "Set your password", robots: { index: false }, referrer: "no-referrer" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await getInvitation(decodeURIComponent(token));
  return (
    <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-lg px-4 py-8">
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        {invitation.state === "OPEN" ? (
          <>
            <h1 className="text-2xl font-bold text-navy-900">Welcome, {invitation.name}</h1>
            <p className="mt-2 mb-5 text-slate-700">Choose the password you will sign in with as {invitation.email}.</p>
            <SetPasswordForm token={decodeURIComponent(token)} email={invitation.email} />
          </>
        ) : (
          <>
            <h1 className="text-2xl font-bold text-navy-900">This link does not work</h1>
            <p className="mt-2 text-slate-700">
              {invitation.state === "EXPIRED" ? "It has expired." : "It has been used already, or it is not an invitation link."} If you have set your password,{" "}
              <Link href="/sign-in" className={TEXT_LINK}>
                sign in
              </Link>
              ; otherwise ask your organisation’s admin.
            </p>
          </>
        )}
      </div>
    </main>
  );
}
