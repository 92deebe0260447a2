import { ClientMessages } from "@/components/i18n/client-messages";

/** The account's own pages: their forms' messages reach the browser here only. */
export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages module="account">{children}</ClientMessages>;
}
