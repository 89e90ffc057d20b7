import { PendingPage } from "@/components/ui/pending-page";

export default function Page() {
  return <PendingPage section="review" />;
}
