-- CreateTable
CREATE TABLE "SignUpAttempt" (
    "id" BIGSERIAL NOT NULL,
    "client" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignUpAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SignUpAttempt_client_createdAt_idx" ON "SignUpAttempt"("client", "createdAt");

