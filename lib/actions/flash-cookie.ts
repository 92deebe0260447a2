/**
 * The confirmation of a save, carried across the redirect to the page the save opens (lib/actions/flash.ts sets
 * it, components/ui/form/flash-message.tsx shows it once). Shared by the server and the browser.
 */
export const FLASH_COOKIE = "sekretariat-flash";

/** A confirmation to show once on `path`; `id` tells two saves of the same page apart. */
export interface Flash {
  id: string;
  message: string;
  path: string;
}

/** Spends the confirmation in the browser once it is on screen, so that a reload does not repeat it. */
export function clearFlashCookie(): void {
  document.cookie = `${FLASH_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`;
}
