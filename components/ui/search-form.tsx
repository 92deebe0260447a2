import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

/** A one-field search as a plain GET form (works without JavaScript; the search lands in the URL). */
export async function SearchForm({
  action,
  label,
  value,
  name = "q",
}: {
  action: string;
  label: string;
  value?: string;
  name?: string;
}) {
  const t = await getTranslations("table");
  return (
    <form
      method="get"
      action={action}
      role="search"
      className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <TextField label={label} name={name} type="search" defaultValue={value} className="min-w-64 flex-1" />
      <Button type="submit" variant="secondary">
        {t("searchSubmit")}
      </Button>
    </form>
  );
}
