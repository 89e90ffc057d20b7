-- DropIndex
DROP INDEX "Card_userId_status_dueOn_idx";

