import { CredentialsForm } from "../_components/credentials-form";

export default function SignInPage() {
  return <CredentialsForm mode="sign-in" />;
}
