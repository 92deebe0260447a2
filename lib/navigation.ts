import { can, type Action } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/types";

export interface NavItem {
  href: string;
  /** Key under `nav` in the message catalogues. */
  labelKey: string;
  /** The view permission the page requires; the item is shown only to users who have it. */
  requires?: Action;
}

export const NAV_ITEMS: NavItem[] = [
  { href: "/", labelKey: "home" },
  { href: "/pegawai", labelKey: "officials", requires: "official.view" },
  { href: "/satuan-kerja", labelKey: "units", requires: "unit.view" },
  { href: "/pelantikan", labelKey: "inaugurations", requires: "inauguration.view" },
  { href: "/supervisi", labelKey: "supervision", requires: "supervision.view" },
  { href: "/tindak-lanjut", labelKey: "followUps", requires: "followUp.view" },
  { href: "/kegiatan", labelKey: "events", requires: "event.view" },
  { href: "/kalender", labelKey: "calendar" },
  { href: "/berita", labelKey: "news", requires: "news.view" },
  { href: "/audit", labelKey: "audit", requires: "audit.view" },
  { href: "/pengguna", labelKey: "users", requires: "user.manage" },
];

export function navigationFor(user: Pick<CurrentUser, "role" | "unit" | "scopeUnitIds">): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.requires || can(user, item.requires));
}
