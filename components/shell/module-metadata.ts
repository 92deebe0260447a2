import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/**
 * The `generateMetadata` of a module's layout: the page title is the module's menu label, which the signed-in
 * layout's template completes with the secretariat's name. Pages with a name of their own (a record) override it.
 */
export function moduleMetadata(navKey: string): () => Promise<Metadata> {
  return async () => {
    const t = await getTranslations("nav");
    return { title: t(navKey) };
  };
}
