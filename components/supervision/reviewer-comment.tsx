import { useTranslations } from "next-intl";

/** The reviewer's note on one section of a returned report, shown where the section is. */
export function ReviewerComment({ text }: { text?: string }) {
  const t = useTranslations("supervision");
  if (!text) return null;
  return (
    <p className="mx-4 my-2 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
      <span className="font-medium">{t("comments")}:</span> {text}
    </p>
  );
}
