-- CreateTable
CREATE TABLE "ImportProgress" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "done" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportProgress_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportProgress_userId_idx" ON "ImportProgress"("userId");

