export const SUPERVISION_PATH = "/supervisi";

export function visitLink(id: string): string {
  return `${SUPERVISION_PATH}/${id}`;
}
