import type { Metadata } from "next";
import Link from "next/link";
import { getRegistrationLink } from "@/lib/server/admin/register-through-link";
import { TEXT_LINK } from "@/components/ui-classes";
import { RegisterForm } from "./register-form";

export const metadata: Metadata = { title: "Register", robots: { index: false } };

export default async function RegisterPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await getRegistrationLink(token);
  return (
    <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-lg px-4 py-8">
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        {link.state === "OPEN" && link.organisationName ? (
          <>
            <h1 className="text-2xl font-bold text-navy-900">Register with {link.organisationName}</h1>
            <p className="mt-2 mb-5 text-slate-700">Your organisation’s admin approves each registration before you can sign in.</p>
            <RegisterForm token={token} organisationName={link.organisationName} />
          </>
        ) : (
          <>
            <h1 className="text-2xl font-bold text-navy-900">This link does not work</h1>
            <p className="mt-2 text-slate-700">
              {link.state === "EXPIRED" ? "It has expired." : link.state === "REVOKED" ? "It was stopped by your organisation." : "It is not a registration link."} Ask your organisation’s admin for a new one, or{" "}
              <Link href="/sign-in" className={TEXT_LINK}>
                sign in
              </Link>{" "}
              if you have an account.
            </p>
          </>
        )}
      </div>
    </main>
  );
}
