import { moduleMetadata } from "@/components/shell/module-metadata";

export const generateMetadata = moduleMetadata("officials");

export default function ModuleLayout({ children }: { children: React.ReactNode }) {
  return children;
}
