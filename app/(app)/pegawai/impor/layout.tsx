import { ClientMessages } from "@/components/i18n/client-messages";

/**
 * The import wizard is a client component with a large catalogue of its own (~9 KB): it goes to the import page
 * only, instead of to every page of the officials module (the list is among the heaviest pages at national scale).
 */
export default function ImportLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages module="officialsImport">{children}</ClientMessages>;
}
