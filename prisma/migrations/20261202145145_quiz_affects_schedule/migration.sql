-- AlterTable
ALTER TABLE "Quiz" ADD COLUMN     "affectsSchedule" BOOLEAN NOT NULL DEFAULT true;

