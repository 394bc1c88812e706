/**
 * Five invented job ads for one job (IT support technician, no real employer), and what the
 * job-ads scan must count in them. The unit tests and the browser tests (with and without
 * JavaScript) use the same ads and counts.
 */
export const itSupportAds = [
  `IT Support Technician — Lakeside Medical Group
Requirements:
- CompTIA A+ certification
- 2+ years of experience in help desk support
- High school diploma
Preferred:
- CompTIA Network+
- Associate degree in information technology`,
  `Help Desk Analyst, Ridgeway Schools
We are looking for a friendly analyst to support staff and students.
Qualifications:
Bachelor's degree in computer science or equivalent experience.
A+ certification required. ITIL Foundation a plus.
At least 1 year of experience supporting Windows users.`,
  `Desktop Support Specialist (Tillman Logistics)
Must have: CompTIA A+, a valid driver's license, and 3 years of experience.
Nice to have: CompTIA Security+, Microsoft Certified: Azure Fundamentals.`,
  `Technical Support Associate at Brookfield Credit Union
Bachelor's degree required.
CompTIA Network+ preferred.
3-5 years of experience in IT support.`,
  `IT Technician - Greenway County
Responsibilities: set up laptops, fix printers, reset passwords.
Requirements: Associate's degree or 2 years of related work experience; CompTIA A+ or Network+ within six months of hire.`,
];

/** Name → [ads, required, preferred, not said]. */
export const itSupportCounts: Record<string, [number, number, number, number]> = {
  'CompTIA A+': [4, 4, 0, 0],
  'CompTIA Network+': [3, 1, 2, 0],
  'CompTIA Security+': [1, 0, 1, 0],
  'ITIL 4 Foundation': [1, 0, 1, 0],
  'Microsoft Certified: Azure Fundamentals': [1, 0, 1, 0],
};

export const itSupportDegrees = {
  ads: 4,
  experienceInstead: 2,
  levels: { "Bachelor's degree": 2, 'Associate degree': 2 } as Record<string, number>,
};

/** The fewest years each ad asks for, smallest first. */
export const itSupportYears = [1, 2, 2, 3, 3];
