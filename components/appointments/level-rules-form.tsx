"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { saveLevelRules } from "@/lib/appointments/actions";

export interface LevelRuleRow {
  level: string;
  chain: string;
  minimumRank: string;
}

/** Rantai keputusan and golongan terendah per post level, all saved together. */
export function LevelRulesForm({
  rules,
  chains,
  ranks,
}: {
  rules: LevelRuleRow[];
  chains: string[];
  ranks: SelectOption[];
}) {
  const t = useTranslations("appointments");
  const form = useActionForm(saveLevelRules);
  return (
    <form {...form.props} className="max-w-4xl space-y-4" aria-label={t("settingsPage.title")}>
      <FormAlert {...form.alert} />
      {rules.map((rule) => (
        <fieldset
          key={rule.level}
          className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3"
        >
          <legend className="px-1 text-sm font-semibold">{t(`postLevels.${rule.level}`)}</legend>
          <SelectField
            label={t("settingsPage.chain")}
            name={`chain_${rule.level}`}
            defaultValue={rule.chain}
            options={chains.map((chain) => ({ value: chain, label: t(`chains.${chain}`) }))}
            errors={form.errors(`chain_${rule.level}`)}
            className="sm:col-span-2"
          />
          <SelectField
            label={t("settingsPage.minimumRank")}
            name={`minimumRank_${rule.level}`}
            defaultValue={rule.minimumRank}
            options={[{ value: "", label: t("settingsPage.noMinimum") }, ...ranks]}
            errors={form.errors(`minimumRank_${rule.level}`)}
          />
        </fieldset>
      ))}
      <FormButtons pending={form.pending} cancelHref="/pelantikan" />
    </form>
  );
}
