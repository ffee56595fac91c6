import { useTranslations } from "next-intl";
import { HomeSkeleton } from "@/components/skeleton";

export default function Loading() {
  const t = useTranslations("home");
  return <HomeSkeleton label={t("loading")} />;
}
