"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { RecordKeys } from "@/components/ui/form/record-keys";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { saveProposal } from "@/lib/appointments/actions";

export interface ProposalFormValues {
  id: string;
  version: number;
  officialId: string;
  positionId: string;
  justification: string | null;
}

/** Usulan pengangkatan: the official, the post of the unit (with who holds it now), and why. */
export function ProposalForm({
  proposal,
  officials,
  posts,
  cancelHref,
}: {
  proposal?: ProposalFormValues;
  officials: SelectOption[];
  posts: SelectOption[];
  cancelHref: string;
}) {
  const t = useTranslations("appointments");
  const form = useActionForm(saveProposal);
  const choose = { value: "", label: t("choose") };
  return (
    <form
      {...form.props}
      className="max-w-3xl space-y-4"
      aria-label={proposal ? t("editProposal") : t("newProposal")}
    >
      <FormAlert {...form.alert} />
      <RecordKeys record={proposal} />
      <SelectField
        label={t("fields.positionId")}
        name="positionId"
        options={[choose, ...posts]}
        defaultValue={proposal?.positionId ?? ""}
        errors={form.errors("positionId")}
        required
      />
      <SelectField
        label={t("fields.officialId")}
        name="officialId"
        options={[choose, ...officials]}
        defaultValue={proposal?.officialId ?? ""}
        errors={form.errors("officialId")}
        required
      />
      <TextAreaField
        label={t("fields.justification")}
        name="justification"
        hint={t("fields.justificationHint")}
        defaultValue={proposal?.justification ?? ""}
        errors={form.errors("justification")}
        rows={4}
        required
      />
      <FormButtons pending={form.pending} cancelHref={cancelHref} />
    </form>
  );
}
