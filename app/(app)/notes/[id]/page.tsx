import { notFound } from "next/navigation";
import { Card, PageTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { findNote } from "@/lib/db/notes/find-note";

export default async function NotePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const note = await findNote({ userId: user.id, noteId: (await params).id });
  if (!note) notFound();
  return (
    <>
      <PageTitle>{note.title}</PageTitle>
      <Card>
        <ul className="divide-y divide-slate-200 dark:divide-slate-800">
          {note.cards.map((card) => (
            <li key={card.id} className="py-2 text-sm">
              <span className="font-medium">{card.front}</span>
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
