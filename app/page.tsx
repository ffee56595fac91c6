import { forbidden, redirect } from "next/navigation";
import { requireUser } from "@/lib/server/auth/session";
import { primaryAreaHref } from "@/lib/domain/areas";

// "/" has no content of its own: it sends each user to the home of their main area.
export default async function RootPage() {
  // Signed out → sign-in; still holding a one-time password → the change-password page.
  const user = await requireUser();
  const href = primaryAreaHref(user);
  if (!href) forbidden();
  redirect(href);
}
