/**
 * Invented program ads (no real company), each with the findings the claims checker must
 * produce and the things it must list as missing. Used by the unit tests; the browser tests use
 * the first one.
 */
export type ProgramAd = { name: string; text: string; findings: string[]; missing: string[] };

export const programAds: ProgramAd[] = [
  {
    name: 'a coding boot camp that promises everything',
    text: `BRIGHTPATH CODE ACADEMY
Become a software developer in our bootcamp: a guaranteed $90k job in 12 weeks!
94% placement rate. No experience needed.
Pay nothing until you’re hired.
Only 3 seats left — enroll today!`,
    findings: ['job-guarantee', 'placement-rate', 'salary-promise', 'deferred-tuition', 'no-experience-fast', 'pressure'],
    missing: ['total-price', 'refund-policy', 'outcome-report', 'accreditor-named'],
  },
  {
    name: 'a community college certificate that says what it should',
    text: `Northfield Community College — Certificate in IT Support
This 16-week, 240-hour program prepares you for the CompTIA A+ exam.
Tuition and fees total $3,400, including books. Refunds: see our refund policy; you can cancel within 7 days for a full refund.
Northfield is accredited by the regional accreditor listed on our website.
Our outcomes report counts every student who started in 2025, and was checked by an independent auditor.`,
    findings: [],
    missing: [],
  },
  {
    name: 'a medical assistant school with an income share agreement',
    text: `MedStart Training Institute
Start your new career in health care in just 10 weeks. No experience required!
With our Income Share Agreement, there is no upfront tuition. It's not a loan: you pay a share of your salary once you're earning.
Graduates earn up to $48,000 a year.`,
    findings: ['deferred-tuition', 'salary-promise', 'no-experience-fast'],
    missing: ['total-price', 'refund-policy', 'outcome-report', 'accreditor-named'],
  },
  {
    name: 'a truck-driving school with a pressure sale',
    text: `Summit Trucking School — get your Class A CDL.
Our 4-week course costs $5,900. Enrollment closes Friday, and the discount ends at midnight.
GI Bill approved. Financial aid for those who qualify.
Cancellation and refund policy available on request.`,
    findings: ['pressure', 'aid-claim'],
    missing: ['outcome-report', 'accreditor-named'],
  },
  {
    name: 'a welding program that names who certifies it',
    text: `Keystone Welding Center
Our 20-week welding program prepares you for certification tests from the American Welding Society.
Tuition: $7,200. Withdraw in the first two weeks and get 80% back.
We publish our results report each year.`,
    findings: [],
    missing: [],
  },
  {
    name: 'an IT academy that claims accreditation and a placement rate',
    text: `Harbor IT Academy — a fully accredited, industry-recognized program.
87% of our graduates are employed within six months.
Study online at your own pace. Price: $2,999.`,
    findings: ['placement-rate', 'unnamed-accreditation'],
    missing: ['refund-policy', 'outcome-report', 'accreditor-named'],
  },
  {
    name: 'a data boot camp with a job guarantee and superlatives',
    text: `ClearView Data Bootcamp: the #1 bootcamp for career changers.
Land your dream job with our job guarantee — or your money back.
Double your salary as a data analyst. Life-changing, world-class training.
The 24-week program costs $15,500.`,
    findings: ['job-guarantee', 'too-good'],
    missing: ['refund-policy', 'outcome-report', 'accreditor-named'],
  },
  {
    name: 'a phlebotomy school that is plain and honest',
    text: `Riverbend Phlebotomy School
Classes meet two evenings a week for 8 weeks (96 hours, including a clinical placement).
The total cost is $1,250, paid in two parts. You can cancel for a full refund before the first class.
Our program is approved by the state board of nursing, and graduates can sit the national certification exam from the testing agency of their choice.
Ask us for our outcomes data.`,
    findings: [],
    missing: [],
  },
  {
    name: 'a sales academy that copies a known bad pattern',
    text: `Pinnacle Sales Academy
Pay $0 until you land a job that pays $60k or more.
Our job guarantee: you get hired in 12 weeks, or you owe nothing.
Act now — limited seats for the March cohort.`,
    findings: ['job-guarantee', 'deferred-tuition', 'salary-promise', 'no-experience-fast', 'pressure'],
    missing: ['total-price', 'refund-policy', 'outcome-report', 'accreditor-named'],
  },
  {
    name: 'a technical college that mentions Workforce Pell',
    text: `Oakridge Technical College — Electrical Helper Certificate
A 12-week, 300-clock-hour program. Workforce Pell eligible.
Tuition is $4,100; books and tools are $350.
Oakridge is accredited by a commission recognized by the U.S. Department of Education. See our refund policy.`,
    findings: ['aid-claim'],
    missing: ['outcome-report'],
  },
  {
    name: 'a design school with vague promises',
    text: `LaunchPad UX School
Anyone can become a UX designer. Learn from scratch to job-ready.
Our graduates work at top companies. Risk-free: try it for a week.
Register today.`,
    findings: ['no-experience-fast', 'too-good', 'pressure'],
    missing: ['total-price', 'refund-policy', 'outcome-report', 'accreditor-named', 'program-length'],
  },
  {
    name: 'an HVAC program with an honest no-guarantee line',
    text: `Evergreen HVAC Institute
We do not guarantee a job. Our career team helps you prepare for interviews with local employers.
The 18-week program prepares you for the EPA Section 608 exam through an approved testing organization.
Total tuition: $6,800. Full refund if you withdraw in the first week.
Our annual outcomes report counts all students who started.`,
    findings: [],
    missing: [],
  },
];
