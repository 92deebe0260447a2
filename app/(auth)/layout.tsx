import { ClientMessages } from "@/components/i18n/client-messages";

/** Sign-in: its form's messages reach the browser here, not on every signed-in page. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages module="auth">{children}</ClientMessages>;
}
