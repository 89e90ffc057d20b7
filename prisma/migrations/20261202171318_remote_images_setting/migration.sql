-- AlterTable
ALTER TABLE "User" ADD COLUMN     "loadRemoteImages" BOOLEAN NOT NULL DEFAULT false;

