import { moduleMetadata } from "@/components/shell/module-metadata";

export const generateMetadata = moduleMetadata("audit");

export default function ModuleLayout({ children }: { children: React.ReactNode }) {
  return children;
}
