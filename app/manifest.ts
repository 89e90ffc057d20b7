import type { MetadataRoute } from "next";

/** Installable-app basics: name and the icons in public/icons (the favicon and apple icon live in app/). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Recall",
    short_name: "Recall",
    start_url: "/",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#2563eb",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
    ],
  };
}
