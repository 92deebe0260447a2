import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * The foot of every form: the submit button, disabled and relabelled while the server saves, and a link back to
 * where the user came from. Labels default to Simpan / Menyimpan… / Batal.
 */
export function FormButtons({
  pending,
  label,
  pendingLabel,
  cancelHref,
  cancelLabel,
  variant = "primary",
}: {
  pending: boolean;
  label?: string;
  pendingLabel?: string;
  /** Without it there is no cancel link (a form that is one part of a page). */
  cancelHref?: string;
  cancelLabel?: string;
  variant?: "primary" | "danger";
}) {
  const t = useTranslations("forms");
  return (
    <div className="flex items-center gap-3">
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? (pendingLabel ?? t("saving")) : (label ?? t("save"))}
      </Button>
      {cancelHref ? (
        <Link
          href={cancelHref}
          className="inline-flex items-center rounded-md px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
        >
          {cancelLabel ?? t("cancel")}
        </Link>
      ) : null}
    </div>
  );
}
