import { ClientMessages } from "@/components/i18n/client-messages";
import { moduleMetadata } from "@/components/shell/module-metadata";

export const generateMetadata = moduleMetadata("units");

export default function ModuleLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages module="units">{children}</ClientMessages>;
}
