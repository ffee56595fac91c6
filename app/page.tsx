import { forbidden, redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/server/auth/session";
import { primaryAreaHref } from "@/lib/domain/areas";

// "/" has no content of its own: it sends each user to the home of their main area.
export default async function RootPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  const href = primaryAreaHref(user);
  if (!href) forbidden();
  redirect(href);
}
