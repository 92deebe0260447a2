import { ClientMessages } from "@/components/i18n/client-messages";
import { moduleMetadata } from "@/components/shell/module-metadata";

export const generateMetadata = moduleMetadata("users");

export default function ModuleLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages module="users">{children}</ClientMessages>;
}
