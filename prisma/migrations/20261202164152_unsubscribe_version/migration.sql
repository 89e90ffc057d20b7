-- AlterTable
ALTER TABLE "ReminderSettings" ADD COLUMN     "unsubscribeVersion" INTEGER NOT NULL DEFAULT 0;

