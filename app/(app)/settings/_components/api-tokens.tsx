import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { SignedInUser } from "@/lib/auth/session";
import { listApiTokens } from "@/lib/db/tokens/list-api-tokens";
import { CreateTokenForm } from "./create-token-form";
import { RevokeTokenButton } from "./revoke-token-button";

/** Personal access tokens for the sync client and the API: create (shown once), list, revoke. */
export async function ApiTokens({ user }: { user: SignedInUser }) {
  const t = await getTranslations("tokens");
  const format = await getFormatter();
  const tokens = await listApiTokens({ userId: user.id });
  const now = new Date();
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: user.timeZone }) : t("never");
  const statusOf = (token: (typeof tokens)[number]) =>
    token.revokedAt ? t("revoked") : token.expiresAt && token.expiresAt <= now ? t("expired") : t("active");
  return (
    <Card className="md:col-span-2">
      <section id="api-tokens" aria-labelledby="api-tokens-title" data-testid="api-tokens">
        <h2 id="api-tokens-title" className="font-medium">
          {t("title")}
        </h2>
        <p className="mb-3 text-sm text-slate-500">{t("intro")}</p>
        <CreateTokenForm />
        {tokens.length === 0 ? (
          <p className="mt-3 text-sm text-slate-500">{t("none")}</p>
        ) : (
          <table className="mt-3 w-full text-left text-sm" data-testid="token-list">
            <thead className="text-xs text-slate-500">
              <tr>
                <th className="py-1 font-normal">{t("name")}</th>
                <th className="py-1 font-normal">{t("created")}</th>
                <th className="py-1 font-normal">{t("lastUsed")}</th>
                <th className="py-1 font-normal">{t("expires")}</th>
                <th className="py-1 font-normal">{t("status")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} className="border-t border-slate-200 dark:border-slate-800" data-token-id={token.id}>
                  <td className="py-1">
                    {token.name} <span className="font-mono text-xs text-slate-500">{token.prefix}…</span>
                  </td>
                  <td className="py-1">{when(token.createdAt)}</td>
                  <td className="py-1">{when(token.lastUsedAt)}</td>
                  <td className="py-1">{when(token.expiresAt)}</td>
                  <td className="py-1">{statusOf(token)}</td>
                  <td className="py-1 text-right">
                    {!token.revokedAt && <RevokeTokenButton tokenId={token.id} name={token.name} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </Card>
  );
}
