import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { AccountsTable } from "@/components/users/accounts-table";
import { SearchForm } from "@/components/ui/search-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import { accountsHref, parseAccountListParams } from "@/lib/users/list-params";
import { listAccounts } from "@/lib/users/queries";

/** Pengguna: the accounts of the user's unit and the units below it. */
export default async function AccountsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("user.manage");
  const params = parseAccountListParams(await searchParams);
  const [t, list] = await Promise.all([getTranslations("users"), listAccounts(user, params)]);
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <Link
            href="/pengguna/baru"
            className="inline-flex items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            {t("newAccount")}
          </Link>
        }
      />
      <SearchForm action="/pengguna" label={t("search")} value={params.q} />
      <p className="mb-2 text-sm font-medium text-slate-800" role="status">
        {t("count", { count: list.total })}
      </p>
      <AccountsTable rows={list.rows} />
      <Pagination
        label={t("pagination.label")}
        page={list.page}
        pageCount={list.pageCount}
        href={(page) => accountsHref({ ...params, page })}
      />
    </>
  );
}
