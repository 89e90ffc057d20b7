-- CreateTable
CREATE TABLE "ExamSettings" (
    "userId" TEXT NOT NULL,
    "examCode" TEXT,
    "beforeExamDays" INTEGER NOT NULL DEFAULT 7,
    "practiceAffectsSchedule" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExamSettings_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "CustomExam" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomExam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExamDomainMapping" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "examCode" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "domainId" TEXT NOT NULL,

    CONSTRAINT "ExamDomainMapping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExamMock" (
    "quizId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "examCode" TEXT NOT NULL,
    "questionDomains" JSONB NOT NULL,
    "scaledScore" INTEGER,
    "domainScores" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExamMock_pkey" PRIMARY KEY ("quizId")
);

-- CreateTable
CREATE TABLE "ReadinessSnapshot" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "examCode" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "examDate" DATE NOT NULL,
    "predictedScore" INTEGER NOT NULL,
    "low" INTEGER NOT NULL,
    "high" INTEGER NOT NULL,
    "passingScore" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReadinessSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CustomExam_userId_idx" ON "CustomExam"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ExamDomainMapping_userId_examCode_kind_value_key" ON "ExamDomainMapping"("userId", "examCode", "kind", "value");

-- CreateIndex
CREATE INDEX "ExamMock_userId_examCode_createdAt_idx" ON "ExamMock"("userId", "examCode", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReadinessSnapshot_userId_examCode_day_key" ON "ReadinessSnapshot"("userId", "examCode", "day");

-- AddForeignKey
ALTER TABLE "ExamSettings" ADD CONSTRAINT "ExamSettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomExam" ADD CONSTRAINT "CustomExam_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExamDomainMapping" ADD CONSTRAINT "ExamDomainMapping_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExamMock" ADD CONSTRAINT "ExamMock_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExamMock" ADD CONSTRAINT "ExamMock_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessSnapshot" ADD CONSTRAINT "ReadinessSnapshot_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

