import type { MetadataRoute } from "next";
import { getLocale, getTranslations } from "next-intl/server";

/**
 * The web app manifest (installable app): names in the visitor's language, the review page as the start,
 * the icons in public/icons (a maskable one for Android's shapes). Colours are the light theme's; the
 * `theme-color` meta tags in app/layout.tsx switch to the dark ones by `prefers-color-scheme`.
 */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const [t, locale] = await Promise.all([getTranslations("app"), getLocale()]);
  return {
    id: "/",
    name: t("name"),
    short_name: t("name"),
    description: t("tagline"),
    lang: locale,
    start_url: "/review",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#f8fafc",
    theme_color: "#f8fafc",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
