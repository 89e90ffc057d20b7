-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "checkpoint" TEXT;

-- CreateIndex
CREATE INDEX "Card_noteId_status_idx" ON "Card"("noteId", "status");

