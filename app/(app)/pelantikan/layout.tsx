import { ClientMessages } from "@/components/i18n/client-messages";
import { moduleMetadata } from "@/components/shell/module-metadata";

export const generateMetadata = moduleMetadata("inaugurations");

export default function ModuleLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages module="inaugurations">{children}</ClientMessages>;
}
