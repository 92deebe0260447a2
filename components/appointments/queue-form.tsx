"use client";

import { useTranslations } from "next-intl";
import Link from "@/components/ui/link";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { DataTable } from "@/components/ui/data-table";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { decideSelected } from "@/lib/appointments/actions";

/** One row of the queue as the client form needs it: already formatted on the server. */
export interface QueueItem {
  id: string;
  version: number;
  official: { id: string; name: string; nip: string; rank: string; unit: string; posts: string };
  post: { title: string; level: string; unit: string; holder: string };
  submitted: string;
  step: string;
}

/**
 * Antrean keputusan: the official's record and the post's current holder side by side, a box per proposal, and
 * one decision for all those checked; each is decided on its own and the summary names any refused.
 */
export function QueueForm({ items }: { items: QueueItem[] }) {
  const t = useTranslations("appointments");
  const form = useActionForm(decideSelected);
  return (
    <form {...form.props} className="space-y-4" aria-label={t("bulk.title")}>
      <FormAlert {...form.alert} />
      <DataTable
        variant="framed"
        caption={t("queueTitle")}
        captionHidden
        rows={items}
        rowKey={(row) => row.id}
        empty={t("queueCount", { count: 0 })}
        columns={[
          {
            key: "select",
            header: t("columns.select"),
            headerHidden: true,
            cell: (row) => (
              <input
                type="checkbox"
                name="proposal"
                value={`${row.id}:${row.version}`}
                aria-label={t("bulk.selectRow", { name: row.official.name })}
                className="h-5 w-5"
              />
            ),
          },
          {
            key: "official",
            header: t("columns.official"),
            cell: (row) => (
              <>
                <Link href={`/pelantikan/usulan/${row.id}`} className="font-medium text-brand-700 underline">
                  {row.official.name}
                </Link>
                <span className="block font-mono text-xs">{row.official.nip}</span>
                <span className="block text-xs text-slate-600">
                  {row.official.rank} · {row.official.posts} · {row.official.unit}
                </span>
              </>
            ),
          },
          {
            key: "post",
            header: t("columns.post"),
            cell: (row) => (
              <>
                <span className="font-medium">{row.post.title}</span>
                <span className="block text-xs text-slate-600">
                  {row.post.level} · {row.post.unit}
                </span>
              </>
            ),
          },
          { key: "holder", header: t("columns.holder"), cell: (row) => row.post.holder },
          { key: "submitted", header: t("columns.submittedAt"), cell: (row) => row.submitted },
          { key: "step", header: t("columns.step"), cell: (row) => row.step },
        ]}
      />
      {items.length > 0 ? (
        <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 text-sm font-semibold">{t("bulk.title")}</legend>
          <SelectField
            label={t("fields.decision")}
            name="decision"
            options={[
              { value: "forward", label: t("bulk.forward") },
              { value: "return", label: t("bulk.return") },
              { value: "reject", label: t("bulk.reject") },
            ]}
          />
          <TextAreaField label={t("fields.reason")} name="reason" hint={t("steps.reasonOptional")} rows={2} />
          <FormButtons pending={form.pending} label={t("bulk.submit")} />
        </fieldset>
      ) : null}
    </form>
  );
}
