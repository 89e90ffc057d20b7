-- CreateIndex
CREATE INDEX "Card_userId_status_stage_createdAt_noteId_line_idx" ON "Card"("userId", "status", "stage", "createdAt", "noteId", "line");

