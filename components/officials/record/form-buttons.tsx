import Link from "next/link";
import { Button } from "@/components/ui/button";

/** Submit (disabled while saving) and a cancel link back to where the clerk came from. */
export function FormButtons({
  pending,
  label,
  pendingLabel,
  cancelLabel,
  cancelHref,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
  cancelLabel: string;
  cancelHref: string;
}) {
  return (
    <div className="flex gap-3">
      <Button type="submit" disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
      <Link
        href={cancelHref}
        className="inline-flex items-center rounded-md px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
      >
        {cancelLabel}
      </Link>
    </div>
  );
}
