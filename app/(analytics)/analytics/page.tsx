import { redirect } from "next/navigation";

// The government dashboard moved to /reports, where MDO admins see the same views for their subtree.
export default function AnalyticsPage(): never {
  redirect("/reports");
}
