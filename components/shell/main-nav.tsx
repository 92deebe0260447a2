"use client";

import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useState } from "react";

/**
 * The module navigation: a row of links on wide screens; on a phone a "Menu" button that opens them as a list, so
 * the page starts with its content rather than three lines of links.
 */
export function MainNav({
  label,
  menuLabel,
  items,
}: {
  label: string;
  menuLabel: string;
  items: { href: string; label: string }[];
}) {
  const pathname = usePathname();
  // Remembers the page the menu was opened on: following a link closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const current = items.find((item) => isActive(item.href, pathname));
  return (
    <nav aria-label={label} className="border-b border-slate-200 bg-white">
      <div className="mx-auto max-w-7xl px-4">
        <button
          type="button"
          aria-expanded={open}
          aria-controls="main-nav-list"
          onClick={() => setOpenOn(open ? null : pathname)}
          className="flex min-h-12 w-full items-center justify-between gap-2 text-sm font-medium text-slate-800 md:hidden"
        >
          <span>
            {menuLabel}
            {current ? <span className="text-slate-500"> · {current.label}</span> : null}
          </span>
          <span aria-hidden="true">{open ? "▲" : "▼"}</span>
        </button>
        <ul
          id="main-nav-list"
          className={`${open ? "flex" : "hidden"} flex-col pb-2 md:flex md:flex-row md:flex-wrap md:gap-1 md:pb-0`}
        >
          {items.map((item) => {
            const active = isActive(item.href, pathname);
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={active ? "page" : undefined}
                  className={`block border-l-4 px-3 py-3 text-sm font-medium md:inline-block md:border-b-2 md:border-l-0 ${
                    active
                      ? "border-brand-600 text-brand-700"
                      : "border-transparent text-slate-600 hover:text-slate-900"
                  }`}
                >
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}

function isActive(href: string, pathname: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}
