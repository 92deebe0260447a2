/** The pages of follow-ups, for links written into notifications and revalidated after a change. */
export const FOLLOW_UPS_PATH = "/tindak-lanjut";

export function followUpLink(id: string): string {
  return `${FOLLOW_UPS_PATH}/${id}`;
}
