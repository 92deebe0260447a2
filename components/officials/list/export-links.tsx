import { useTranslations } from "next-intl";
import { toSearchParams, withoutPaging, type ListParams } from "@/lib/officials/list-params";

const EXPORT_PATH = "/api/pegawai/ekspor";

function exportHref(params: ListParams, format: "xlsx" | "csv" | "duk"): string {
  const search = toSearchParams(withoutPaging(params));
  search.set("format", format);
  return `${EXPORT_PATH}?${search.toString()}`;
}

/** Downloads of the whole filtered list (not only this page), with the list's search, filters and sort. */
export function ExportLinks({ params }: { params: ListParams }) {
  const t = useTranslations("officials.export");
  const className =
    "inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100";
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex flex-wrap justify-end gap-2">
        <a
          href={exportHref(params, "xlsx")}
          download
          className={className}
          aria-describedby="officials-export-hint"
        >
          {t("xlsx")}
        </a>
        <a
          href={exportHref(params, "duk")}
          download
          className={className}
          aria-describedby="officials-export-hint"
        >
          {t("duk")}
        </a>
        <a
          href={exportHref(params, "csv")}
          download
          className={className}
          aria-describedby="officials-export-hint"
        >
          {t("csv")}
        </a>
      </div>
      <p id="officials-export-hint" className="text-xs text-slate-500">
        {t("hint")}
      </p>
    </div>
  );
}
