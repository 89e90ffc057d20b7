import type { ExamDomain, ExamProfile } from "./types";

/**
 * AWS exam profiles. Each number was checked against the exam guide in `source` (domains and weights of the
 * scored content, scored + unscored questions, minutes, the 100–1000 scale and the passing score); see
 * ../shared/notes/exam-facts.md for the review and docs/exams.md for how they are used. When AWS revises an
 * exam, add the new version and mark the old one `retired` (students on an older course can still pick it).
 */

const d = (id: string, en: string, ko: string, weight: number, keywords: string[]): ExamDomain => ({
  id,
  name: { en, ko },
  weight,
  keywords,
});

/**
 * What every AWS exam here shares, per its guide's "Exam content" section: 50 scored and 15 unscored questions
 * (65 in all; the unscored ones are not marked), a scaled score from 100 to 1000. Each profile states only what
 * differs (domains, minutes, passing score) and may override these.
 */
const AWS_DEFAULTS = {
  scoredQuestions: 50,
  unscoredQuestions: 15,
  scale: { min: 100, max: 1000 },
  retired: false,
} as const satisfies Partial<ExamProfile>;

export const EXAM_PROFILES: readonly ExamProfile[] = [
  {
    ...AWS_DEFAULTS,
    code: "SAA-C03",
    name: { en: "AWS Certified Solutions Architect – Associate", ko: "AWS 공인 솔루션스 아키텍트 – 어소시에이트" },
    domains: [
      d("1", "Design Secure Architectures", "보안 아키텍처 설계", 30, [
        "iam",
        "kms",
        "encryption",
        "security group",
        "cognito",
        "waf",
        "shield",
        "보안",
        "암호화",
      ]),
      d("2", "Design Resilient Architectures", "복원력 있는 아키텍처 설계", 26, [
        "multi-az",
        "sqs",
        "sns",
        "auto scaling",
        "failover",
        "backup",
        "route 53",
        "decoupl",
        "복원",
        "장애",
      ]),
      d("3", "Design High-Performing Architectures", "고성능 아키텍처 설계", 24, [
        "cloudfront",
        "elasticache",
        "dynamodb",
        "lambda",
        "throughput",
        "latency",
        "cache",
        "성능",
        "캐시",
      ]),
      d("4", "Design Cost-Optimized Architectures", "비용 최적화 아키텍처 설계", 20, [
        "cost",
        "pricing",
        "reserved",
        "spot",
        "savings plan",
        "s3 glacier",
        "lifecycle",
        "비용",
        "요금",
      ]),
    ],
    minutes: 130,
    passingScore: 720,
    source:
      "https://docs.aws.amazon.com/aws-certification/latest/solutions-architect-associate-03/solutions-architect-associate-03.html",
  },
  {
    ...AWS_DEFAULTS,
    code: "DVA-C02",
    name: { en: "AWS Certified Developer – Associate", ko: "AWS 공인 개발자 – 어소시에이트" },
    domains: [
      d("1", "Development with AWS Services", "AWS 서비스를 이용한 개발", 32, [
        "lambda",
        "dynamodb",
        "api gateway",
        "sdk",
        "sqs",
        "step functions",
        "s3",
        "개발",
      ]),
      d("2", "Security", "보안", 26, [
        "iam",
        "cognito",
        "kms",
        "secrets manager",
        "encryption",
        "sts",
        "보안",
        "인증",
        "암호화",
      ]),
      d("3", "Deployment", "배포", 24, [
        "codepipeline",
        "codedeploy",
        "codebuild",
        "sam",
        "cloudformation",
        "elastic beanstalk",
        "deploy",
        "배포",
      ]),
      d("4", "Troubleshooting and Optimization", "문제 해결 및 최적화", 18, [
        "x-ray",
        "cloudwatch",
        "logs",
        "throttl",
        "retry",
        "timeout",
        "optimi",
        "문제",
        "최적화",
        "로그",
      ]),
    ],
    minutes: 130,
    passingScore: 720,
    source: "https://docs.aws.amazon.com/aws-certification/latest/developer-associate-02/developer-associate-02.html",
  },
  {
    ...AWS_DEFAULTS,
    // AWS Certified CloudOps Engineer – Associate (SOA-C03) exam guide (`source`; AWS keeps it under the old
    // sysops-administrator-associate-03 path), checked 2026-12-02: 65 questions (50 scored + 15 unscored),
    // 130 minutes, pass 720 of 100–1000, five domains 22 / 22 / 22 / 16 / 18 with the names below. Multiple
    // choice and multiple response only (no exam labs). First offered 2025-09-30, replacing SOA-C02.
    code: "SOA-C03",
    name: { en: "AWS Certified CloudOps Engineer – Associate", ko: "AWS 공인 CloudOps 엔지니어 – 어소시에이트" },
    domains: [
      d(
        "1",
        "Monitoring, Logging, Analysis, Remediation, and Performance Optimization",
        "모니터링, 로깅, 분석, 문제 해결 및 성능 최적화",
        22,
        ["cloudwatch", "cloudtrail", "alarm", "metric", "logs", "performance", "모니터링", "로그"],
      ),
      d("2", "Reliability and Business Continuity", "안정성 및 비즈니스 연속성", 22, [
        "backup",
        "multi-az",
        "auto scaling",
        "disaster recovery",
        "rto",
        "rpo",
        "snapshot",
        "백업",
        "복구",
      ]),
      d("3", "Deployment, Provisioning, and Automation", "배포, 프로비저닝 및 자동화", 22, [
        "cloudformation",
        "systems manager",
        "ami",
        "cdk",
        "terraform",
        "automation",
        "배포",
        "자동화",
      ]),
      d("4", "Security and Compliance", "보안 및 규정 준수", 16, [
        "iam",
        "kms",
        "config",
        "guardduty",
        "security hub",
        "encryption",
        "보안",
        "암호화",
      ]),
      d("5", "Networking and Content Delivery", "네트워킹 및 콘텐츠 전송", 18, [
        "vpc",
        "subnet",
        "route 53",
        "cloudfront",
        "nat",
        "elb",
        "dns",
        "네트워크",
      ]),
    ],
    minutes: 130,
    passingScore: 720,
    source:
      "https://docs.aws.amazon.com/aws-certification/latest/sysops-administrator-associate-03/sysops-administrator-associate-03.html",
  },
  {
    ...AWS_DEFAULTS,
    // Replaced by SOA-C03 (last exam day 2025-09-29, SOA-C03 from 2025-09-30); kept for students on a course written for it (the seeds' 2024 course).
    // Since 2023-03-28 it has no exam labs: 65 multiple-choice and multiple-response questions.
    code: "SOA-C02",
    name: { en: "AWS Certified SysOps Administrator – Associate", ko: "AWS 공인 SysOps 관리자 – 어소시에이트" },
    domains: [
      d("1", "Monitoring, Logging, and Remediation", "모니터링, 로깅 및 문제 해결", 20, [
        "cloudwatch",
        "cloudtrail",
        "alarm",
        "metric",
        "logs",
        "eventbridge",
        "모니터링",
        "로그",
      ]),
      d("2", "Reliability and Business Continuity", "안정성 및 비즈니스 연속성", 16, [
        "backup",
        "multi-az",
        "auto scaling",
        "disaster recovery",
        "snapshot",
        "백업",
        "복구",
      ]),
      d("3", "Deployment, Provisioning, and Automation", "배포, 프로비저닝 및 자동화", 18, [
        "cloudformation",
        "systems manager",
        "ami",
        "elastic beanstalk",
        "automation",
        "배포",
        "자동화",
      ]),
      d("4", "Security and Compliance", "보안 및 규정 준수", 16, [
        "iam",
        "kms",
        "config",
        "guardduty",
        "inspector",
        "encryption",
        "보안",
        "암호화",
      ]),
      d("5", "Networking and Content Delivery", "네트워킹 및 콘텐츠 전송", 18, [
        "vpc",
        "subnet",
        "route 53",
        "cloudfront",
        "nat",
        "elb",
        "dns",
        "네트워크",
      ]),
      d("6", "Cost and Performance Optimization", "비용 및 성능 최적화", 12, [
        "cost",
        "compute optimizer",
        "trusted advisor",
        "spot",
        "reserved",
        "performance",
        "비용",
        "성능",
      ]),
    ],
    minutes: 130,
    passingScore: 720,
    source:
      "https://d1.awsstatic.com/training-and-certification/docs-sysops-associate/AWS-Certified-SysOps-Administrator-Associate_Exam-Guide.pdf",
    retired: true,
    replacedBy: "SOA-C03",
  },
  {
    ...AWS_DEFAULTS,
    // AWS Certified Cloud Practitioner (CLF-C02) exam guide (`source`), checked 2026-12-02: 65 questions
    // (50 scored + 15 unscored), 90 minutes, pass 700 of 100–1000, four domains 24 / 30 / 34 / 12 with the
    // names below.
    code: "CLF-C02",
    name: { en: "AWS Certified Cloud Practitioner", ko: "AWS 공인 클라우드 프랙티셔너" },
    domains: [
      d("1", "Cloud Concepts", "클라우드 개념", 24, [
        "well-architected",
        "benefit",
        "migration",
        "economics",
        "elasticity",
        "클라우드",
        "이점",
      ]),
      d("2", "Security and Compliance", "보안 및 규정 준수", 30, [
        "shared responsibility",
        "iam",
        "mfa",
        "compliance",
        "artifact",
        "encryption",
        "보안",
        "책임",
      ]),
      d("3", "Cloud Technology and Services", "클라우드 기술 및 서비스", 34, [
        "ec2",
        "s3",
        "region",
        "availability zone",
        "rds",
        "lambda",
        "vpc",
        "서비스",
        "리전",
      ]),
      d("4", "Billing, Pricing, and Support", "결제, 요금 및 지원", 12, [
        "billing",
        "pricing",
        "support plan",
        "cost explorer",
        "budgets",
        "organizations",
        "요금",
        "결제",
      ]),
    ],
    minutes: 90,
    passingScore: 700,
    source: "https://docs.aws.amazon.com/aws-certification/latest/cloud-practitioner-02/cloud-practitioner-02.html",
  },
];

/** The built-in profile with this code (case-insensitive), or undefined. */
export function findExamProfile(code: string): ExamProfile | undefined {
  const wanted = code.trim().toUpperCase();
  return EXAM_PROFILES.find((p) => p.code === wanted);
}
