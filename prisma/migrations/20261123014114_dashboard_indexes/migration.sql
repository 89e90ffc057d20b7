-- CreateIndex
CREATE INDEX "Card_userId_status_dueOn_checkpoint_noteId_idx" ON "Card"("userId", "status", "dueOn", "checkpoint", "noteId");

-- CreateIndex
CREATE INDEX "Card_userId_status_stage_noteId_checkpoint_firstStudiedOn_d_idx" ON "Card"("userId", "status", "stage", "noteId", "checkpoint", "firstStudiedOn", "dueOn", "lapses", "id");

-- CreateIndex
CREATE INDEX "Card_userId_status_lapses_idx" ON "Card"("userId", "status", "lapses");

-- CreateIndex
CREATE INDEX "Review_userId_studyDay_grade_checkpoint_cardId_durationMs_u_idx" ON "Review"("userId", "studyDay", "grade", "checkpoint", "cardId", "durationMs", "undoneAt");

-- CreateIndex
CREATE INDEX "Review_userId_undoneAt_idx" ON "Review"("userId", "undoneAt");

