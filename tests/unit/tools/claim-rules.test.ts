import { describe, expect, it } from 'vitest';
import { checkClaims, MAX_AD_LENGTH } from '@/lib/tools/claims';
import { realClaimRules } from './load-real';

const rules = realClaimRules();

/** The ids of the rules a text sets off. */
function flagged(text: string): string[] {
  const check = checkClaims(text, rules);
  if (check.status !== 'checked') throw new Error(`not checked: ${check.status}`);
  return check.findings.map((f) => f.rule.id);
}

/** For every rule: three texts it must flag and three it must not. */
const cases: Record<string, { flag: string[]; pass: string[] }> = {
  'job-guarantee': {
    flag: ['We guarantee you a job within six months of graduating.', 'Every graduate gets a guaranteed interview with a partner employer.', 'Our JOB GUARANTEE means you get hired or your money back.'],
    pass: ['We cannot guarantee a job, but our career coaches help you prepare.', 'There is no job guarantee. Employers decide whom they hire.', 'Career services help you write a résumé and practice interviews.'],
  },
  'placement-rate': {
    flag: ['94% of our graduates are placed in tech roles.', 'Our hiring rate last year was 87 percent.', '9 out of 10 graduates found work in the field.'],
    pass: ['Save 20% when you pay the tuition in full.', 'Classes are 100% online.', 'Graduates can join our alumni network and job board.'],
  },
  'salary-promise': {
    flag: ['Graduates earn $90,000 on average.', 'Land a $75k job as a data analyst.', 'Start a career with a salary of 85K.'],
    pass: ['Tuition is $12,500, payable in three parts.', 'A $100 deposit holds your place.', 'Pay depends on the employer, the job and where you live.'],
  },
  'deferred-tuition': {
    flag: ['Pay nothing until you’re hired.', 'Our income share agreement means zero upfront cost.', 'Start now with deferred tuition and pay after you land a job.'],
    pass: ['Tuition is due in full before the first class.', 'You can pay in four monthly payments of $500.', 'Ask your employer whether it pays for training.'],
  },
  'unnamed-accreditation': {
    flag: ['Our fully accredited program prepares you for work.', 'An industry-recognized curriculum built with employers.', 'A state-approved training program.'],
    pass: ['The college is accredited by the Higher Learning Commission.', 'The course prepares you for the CompTIA A+ exam.', 'Classes meet twice a week in the evening.'],
  },
  'aid-claim': {
    flag: ['This program is Pell eligible.', 'GI Bill approved! Veterans welcome.', 'Financial aid is available for those who qualify.'],
    pass: ['Ask your employer about tuition help.', 'Payment plans are available.', 'Veterans can talk to our admissions team.'],
  },
  'no-experience-fast': {
    flag: ['No experience needed: become a developer.', 'Get a new job in 12 weeks.', 'Anyone can learn to code and get hired.'],
    pass: ['Some experience with spreadsheets helps.', 'The program runs for 16 weeks, part time.', 'You need a high school diploma to enroll.'],
  },
  pressure: {
    flag: ['Only 3 seats left for the spring class!', 'Enroll today and save.', 'This offer expires Friday.'],
    pass: ['Classes start every three months.', 'Take your time to compare programs.', 'Applications are reviewed in the order they arrive.'],
  },
  'too-good': {
    flag: ['A life-changing program for your career.', 'Double your salary in a year.', 'The #1 bootcamp in the country.'],
    pass: ['A program for people who want to work in health care.', 'Most students study in the evenings.', 'You will learn the basics of networking.'],
  },
};

describe('every claim rule', () => {
  it('has a set of cases, and every case set names a real rule', () => {
    expect(Object.keys(cases).sort()).toEqual(rules.rules.map((r) => r.id).sort());
  });

  for (const [id, { flag, pass }] of Object.entries(cases)) {
    describe(id, () => {
      it.each(flag)('flags %j', (text) => expect(flagged(text)).toContain(id));
      it.each(pass)('does not flag %j', (text) => expect(flagged(text)).not.toContain(id));
    });
  }
});

describe('matching', () => {
  it('ignores case, curly quotes, line breaks inside a phrase and commas in numbers', () => {
    expect(flagged('PAY NOTHING UNTIL\nYOU’RE   HIRED')).toContain('deferred-tuition');
    expect(flagged('pay nothing until you\'re hired')).toContain('deferred-tuition');
    expect(flagged('Graduates earn $90000.')).toContain('salary-promise');
    expect(flagged('Graduates earn $90,000.')).toContain('salary-promise');
    expect(flagged('Graduates earn 90K.')).toContain('salary-promise');
  });

  it('says when the text is empty or too long', () => {
    expect(checkClaims('   \n ', rules).status).toBe('empty');
    expect(checkClaims('a'.repeat(MAX_AD_LENGTH + 1), rules)).toEqual({ status: 'too-long', length: MAX_AD_LENGTH + 1 });
    expect(checkClaims('a '.repeat(MAX_AD_LENGTH / 2), rules).status).toBe('checked');
  });

  it('keeps markup as text: the marked segments join back into exactly what was pasted', () => {
    const text = '<script>alert(1)</script> We guarantee a job! <img src=x onerror=alert(2)>';
    const check = checkClaims(text, rules);
    if (check.status !== 'checked') throw new Error('not checked');
    expect(check.segments.map((s) => s.text).join('')).toBe(text);
    expect(check.segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['guarantee a job']);
  });
});

describe('the invented ad in the issue', () => {
  const ad = 'Become a software developer in our bootcamp: a guaranteed $90k job in 12 weeks! 94% placement rate. Pay nothing until you’re hired.';
  const check = checkClaims(ad, rules);
  if (check.status !== 'checked') throw new Error('not checked');

  it('flags each promise, with a cited source and a question', () => {
    const byId = new Map(check.findings.map((f) => [f.rule.id, f]));
    expect(byId.get('job-guarantee')?.phrases).toEqual(['guaranteed $90k job']);
    expect(byId.get('salary-promise')?.phrases).toEqual(['$90k job']);
    expect(byId.get('placement-rate')?.phrases).toEqual(['94% placement']);
    expect(byId.get('deferred-tuition')?.phrases).toEqual(['Pay nothing until you’re hired']);
    for (const f of check.findings) {
      expect(f.rule.sources.length, f.rule.id).toBeGreaterThan(0);
      expect(f.rule.ask, f.rule.id).toContain('?');
    }
    // Most serious first.
    expect(check.findings.slice(0, 4).every((f) => f.rule.severity === 'serious')).toBe(true);
  });

  it('marks every flagged phrase in the text', () => {
    expect(check.segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['guaranteed $90k job in 12 weeks', '94% placement', 'Pay nothing until you’re hired']);
  });

  it('lists the missing price, refund policy and outcome report', () => {
    expect(check.missing.map((m) => m.id)).toEqual(expect.arrayContaining(['total-price', 'refund-policy', 'outcome-report']));
    expect(check.missing.map((m) => m.id)).not.toContain('program-length');
  });
});
