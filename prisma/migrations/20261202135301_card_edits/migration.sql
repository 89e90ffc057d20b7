-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "conflictBack" TEXT,
ADD COLUMN     "conflictFront" TEXT,
ADD COLUMN     "editBaseBack" TEXT,
ADD COLUMN     "editBaseFront" TEXT,
ADD COLUMN     "editedAt" TIMESTAMP(3);

