"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { RecordKeys } from "@/components/ui/form/record-keys";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { deactivateAccountAction, reactivateAccountAction } from "@/lib/users/actions";

/** Nonaktifkan or Aktifkan kembali, whichever applies to the account now. */
export function AccountStatusForm({
  account,
}: {
  account: { id: string; version: number; active: boolean };
}) {
  const t = useTranslations("users");
  const form = useActionForm(account.active ? deactivateAccountAction : reactivateAccountAction);
  return (
    <form
      {...form.props}
      className="space-y-4 p-4"
      aria-label={account.active ? t("deactivate") : t("reactivate")}
    >
      <FormAlert {...form.alert} />
      <p className="text-sm text-slate-600">{account.active ? t("deactivateIntro") : t("reactivateIntro")}</p>
      <RecordKeys record={account} />
      {account.active ? (
        <FormButtons
          pending={form.pending}
          variant="danger"
          label={t("deactivate")}
          pendingLabel={t("deactivating")}
        />
      ) : (
        <FormButtons pending={form.pending} label={t("reactivate")} pendingLabel={t("reactivating")} />
      )}
    </form>
  );
}
