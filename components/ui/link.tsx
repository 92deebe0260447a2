import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * next/link that does not prefetch unless asked. Every page here is rendered per request and none has a loading
 * boundary, so a prefetch brings only the route tree (about 270 bytes), not the page: the click fetches the page
 * either way. Yet each link in view sent one, 30 to 40 requests a page view (the menu, sort headers, every row),
 * each a session check on the server (decision 021). A click still navigates without reloading the page.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
