import { AccessDenied } from "@/components/access-denied";

// Rendered with a 403 status whenever forbidden() is called outside an area's shell:
// requirePermission in an area layout, or a scope check on a page without its own boundary.
export default function Forbidden() {
  return <AccessDenied isStandalone />;
}
