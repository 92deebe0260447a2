import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { DEFAULT_LOCALE, DEFAULT_TIME_ZONE, isLocale, LOCALE_COOKIE } from "./config";
import { messagesFor } from "./messages";

// No locale in the URL: an intranet's links are shared between colleagues who may read different languages.
export default getRequestConfig(async () => {
  const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(cookieLocale) ? cookieLocale : DEFAULT_LOCALE;
  const user = await getCurrentUser();
  return {
    locale,
    timeZone: user?.unit.timeZone ?? DEFAULT_TIME_ZONE,
    messages: messagesFor(locale),
  };
});
