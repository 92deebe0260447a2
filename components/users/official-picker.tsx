import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { Panel } from "@/components/ui/panel";
import type { CurrentUser } from "@/lib/auth/types";
import { formatNip } from "@/lib/officials/nip";
import { findOfficialsWithoutAccount } from "@/lib/users/queries";
import { SearchForm } from "@/components/ui/search-form";

/** Step one of a new account: find the official (active, in scope, without an account) by name or NIP. */
export async function OfficialPicker({ user, q }: { user: CurrentUser; q?: string }) {
  const [t, officials] = await Promise.all([
    getTranslations("users"),
    q ? findOfficialsWithoutAccount(user, q) : Promise.resolve([]),
  ]);
  return (
    <Panel id="pick-official-heading" title={t("pick.title")} description={t("pick.intro")}>
      <div className="p-4">
        <SearchForm action="/pengguna/baru" label={t("pick.search")} value={q} />
        {q ? (
          <DataTable
            variant="plain"
            caption={t("pick.caption")}
            captionHidden
            rowHeader
            rows={officials}
            rowKey={(row) => row.id}
            empty={t("pick.none")}
            columns={[
              { key: "name", header: t("columns.name"), cell: (row) => row.name },
              { key: "nip", header: t("nip"), cell: (row) => (row.nip ? formatNip(row.nip) : "") },
              { key: "unit", header: t("columns.unit"), cell: (row) => row.unit.shortName },
              {
                key: "choose",
                header: t("pick.choose"),
                headerHidden: true,
                cell: (row) => (
                  <Link
                    href={`/pengguna/baru?pegawai=${encodeURIComponent(row.id)}`}
                    aria-label={t("pick.chooseName", { name: row.name })}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {t("pick.choose")}
                  </Link>
                ),
              },
            ]}
          />
        ) : null}
      </div>
    </Panel>
  );
}
