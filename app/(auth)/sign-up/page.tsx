import { CredentialsForm } from "../_components/credentials-form";

export default function SignUpPage() {
  return <CredentialsForm mode="sign-up" />;
}
