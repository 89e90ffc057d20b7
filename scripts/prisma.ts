/** `npm run prisma -- <args>`: the Prisma CLI with the offline settings this project needs. */
import { spawnSync } from "node:child_process";
import { prismaBin, prismaEnv } from "../lib/server/prisma-cli";

const result = spawnSync(process.execPath, [prismaBin, ...process.argv.slice(2)], {
  env: prismaEnv(),
  stdio: "inherit",
});
process.exit(result.status ?? 1);
