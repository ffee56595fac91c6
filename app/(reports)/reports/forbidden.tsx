import { AccessDenied } from "@/components/access-denied";

// A report page refused its scope (another ministry, an unknown organisation): the 403 inside
// the reports shell, which already holds the page's main landmark.
export default function ReportForbidden() {
  return <AccessDenied />;
}
