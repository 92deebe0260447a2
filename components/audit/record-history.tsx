import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Panel } from "@/components/ui/panel";
import { listRecordHistory } from "@/lib/audit/queries";
import { can } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/types";
import { AuditEntries } from "./audit-entries";

/**
 * Riwayat perubahan: a record's own entries of the audit trail, read as the trail reads them, newest first. The
 * page has checked that the record is in the user's scope; `trailHref` opens the whole trail filtered to it.
 */
export async function RecordHistory({
  user,
  records,
  before,
  olderHref,
  newestHref,
  trailHref,
}: {
  user: CurrentUser;
  records: { entityType: string | string[]; entityId?: string; unitId?: string };
  before?: bigint;
  olderHref?: (before: bigint) => string;
  newestHref?: string;
  trailHref?: string;
}) {
  const [root, locale] = await Promise.all([getTranslations(), getLocale()]);
  const page = await listRecordHistory(user, records, before, {
    t: root,
    locale,
    timeZone: user.unit.timeZone,
  });
  const older = page.nextBefore !== undefined && olderHref ? olderHref(page.nextBefore) : undefined;
  const trail = trailHref && can(user, "audit.view") ? trailHref : undefined;
  return (
    <Panel id="record-history-heading" title={root("audit.history.heading")}>
      <AuditEntries
        variant="plain"
        items={page.items}
        caption={root("audit.history.heading")}
        empty={root("audit.history.empty")}
      />
      {before !== undefined || older || trail ? (
        <div className="flex flex-wrap gap-4 px-4 py-3 text-sm">
          {before !== undefined && newestHref ? (
            <Link href={newestHref} className="text-brand-700 underline">
              {root("audit.newer")}
            </Link>
          ) : null}
          {older ? (
            <Link href={older} className="text-brand-700 underline">
              {root("audit.older")}
            </Link>
          ) : null}
          {trail ? (
            <Link href={trail} className="text-brand-700 underline">
              {root("audit.history.openTrail")}
            </Link>
          ) : null}
        </div>
      ) : null}
    </Panel>
  );
}
