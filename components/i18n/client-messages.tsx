import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientNamespaces, pickMessages, type ClientModule } from "@/lib/i18n/client-namespaces";

/**
 * The message provider of the client components below it, with only the namespaces they need: the global ones, and
 * a module's own when it is named (lib/i18n/client-namespaces.ts). A nested provider replaces its parent's messages
 * rather than adding to them, so a module's provider sends the global namespaces again with its own.
 */
export async function ClientMessages({
  module,
  children,
}: {
  module?: ClientModule;
  children: React.ReactNode;
}) {
  const messages = pickMessages(await getMessages(), clientNamespaces(module));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
