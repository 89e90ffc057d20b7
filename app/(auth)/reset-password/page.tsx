import type { Metadata } from "next";
import { ResetPasswordForm } from "../_components/reset-password-form";

// The token is in this page's URL: never send it on as a Referer.
export const metadata: Metadata = { referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return <ResetPasswordForm token={typeof token === "string" ? token : ""} />;
}
