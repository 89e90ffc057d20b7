/**
 * Writes the maskable PNG icon (Android home screen: the system crops it to its own shape) from
 * public/icons/icon-maskable.svg, whose content stays inside the central safe zone. Run once after
 * changing the SVG: `npx tsx scripts/generate-icons.ts`; the PNG is committed, so builds need no image
 * tooling. sharp comes with Next.js (its image optimiser).
 */
import path from "node:path";
import sharp from "sharp";

const dir = path.resolve(import.meta.dirname, "..", "public", "icons");

await sharp(path.join(dir, "icon-maskable.svg"), { density: 300 })
  .resize(512, 512)
  .png({ compressionLevel: 9 })
  .toFile(path.join(dir, "icon-maskable-512.png"));
console.log("public/icons/icon-maskable-512.png (512×512)");
