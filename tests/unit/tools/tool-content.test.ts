import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { BASE_FILES, edit, makeContentDir, removeContentDirs } from '../helpers/content-fixture';
import { problemsIn, short } from '../helpers/problems';

afterEach(removeContentDirs);

const rules = (from: string, to: string) => problemsIn(makeContentDir({ 'claim-rules.yaml': edit('claim-rules.yaml', from, to) })).map(short);
const names = (from: string, to: string) => problemsIn(makeContentDir({ 'credential-names.yaml': edit('credential-names.yaml', from, to) })).map(short);

describe('claim-rules.yaml', () => {
  it('loads rules with their citations resolved and guide links named by their heading', () => {
    const { claimRules } = loadContent(makeContentDir());
    const [rule] = claimRules.rules;
    expect(rule?.why).toBe('A job promise is a reason to ask for the terms in writing.');
    expect(rule?.sources).toEqual([{ id: 'news-2024', title: 'A news story about credentials', publisher: 'Daily News', date: '2024-03-20', url: 'https://news.example.com/credentials' }]);
    expect(rule?.guide).toEqual({ href: '/guides/red-flags#too-good-to-be-true', label: 'Too good to be true' });
    expect(rule?.notAfter).toEqual([]);
  });

  it('names the file and field of a malformed entry', () => {
    expect(rules('severity: serious', 'severity: scary')).toEqual([
      'claim-rules.yaml:4: rules[0].severity: expected one of "serious", "warning", "check", got "scary"',
    ]);
  });

  it('names the file and field of a bad pattern', () => {
    expect(rules('guarantee* ~3 job|jobs', 'guarantee* ~9 job|jobs')).toEqual(['claim-rules.yaml:6: rules[0].patterns[0]: pattern "guarantee* ~9 job|jobs": "~9": a gap skips 1 to 6 words']);
  });

  it('reports a citation of an unknown source, and a why with no citation', () => {
    expect(rules('in writing{cite:news-2024}', 'in writing{cite:news-2042}')).toEqual([
      'claim-rules.yaml:7: rules[0](job-guarantee).why: cites "news-2042", which is not in content/sources.yaml',
    ]);
    expect(rules('in writing{cite:news-2024}', 'in writing')).toEqual(['claim-rules.yaml:7: rules[0].why: must cite a source with {cite:id}']);
  });

  it('reports a guide link to a missing article section', () => {
    const text = BASE_FILES['claim-rules.yaml']!.replace('guide: /guides/research#ask-employers', 'guide: /guides/research#ask-employerz').replace(
      'guide: /guides/red-flags#too-good-to-be-true\nexpected',
      'guide: /guides/red-flags#too-good-to-be-true\nexpected',
    );
    const problems = problemsIn(makeContentDir({ 'claim-rules.yaml': text.replace('#too-good-to-be-true', '#too-good') })).map(short);
    expect(problems).toEqual(expect.arrayContaining(['claim-rules.yaml:9: rules[0](job-guarantee).guide: link /guides/red-flags#too-good: the article /guides/red-flags has no heading with id "too-good"']));
  });

  it('fails when the file is missing', () => {
    expect(problemsIn(makeContentDir({ 'claim-rules.yaml': null })).map(short)).toEqual(['claim-rules.yaml: file: is missing']);
  });
});

describe('credential-names.yaml', () => {
  it('loads kinds with their guide links and every credential', () => {
    const { credentialNames } = loadContent(makeContentDir());
    expect(credentialNames.kinds).toEqual([{ id: 'certification', label: 'Certification', guide: { href: '/credentials/boot-camp', label: 'Where the guide explains it' } }]);
    expect(credentialNames.credentials).toHaveLength(60);
    expect(credentialNames.credentials[0]).toEqual({ id: 'cert-1', name: 'Test Certification 1', otherNames: ['Test Cert 1'], abbreviations: ['TC1'], issuer: 'A testing body', kind: 'certification' });
  });

  it('names the file and field of a malformed entry', () => {
    expect(names('    kind: certification\n    field: it\n  - id: cert-2', '    kind: diploma\n    field: it\n  - id: cert-2')).toEqual([
      'credential-names.yaml:12: credentials[0].kind: expected one of "certification", "license", "certificate", "degree", got "diploma"',
    ]);
  });

  it('reports a kind used with no kinds entry, a name two entries claim, and a broken guide link', () => {
    const text = edit('credential-names.yaml', '    kind: certification\n    field: it\n  - id: cert-2', '    kind: license\n    field: it\n  - id: cert-2')
      .replace('otherNames: [Test Cert 2]', 'otherNames: [test certification 1]')
      .replace('guide: /credentials/boot-camp', 'guide: /credentials/boat-camp');
    expect(problemsIn(makeContentDir({ 'credential-names.yaml': text })).map(short)).toEqual([
      'credential-names.yaml:4: kinds[0](certification).guide: link /credentials/boat-camp points at /credentials/boat-camp, which is not a page on this site',
      'credential-names.yaml:12: credentials[0](cert-1).kind: "license" has no entry under kinds',
      'credential-names.yaml:16: credentials[1](cert-2).otherNames[0]: "test certification 1" also names "cert-1"; a name can belong to one credential only',
    ]);
  });

  it('needs at least 60 credentials', () => {
    const text = BASE_FILES['credential-names.yaml']!.split('  - id: cert-60')[0]!;
    expect(problemsIn(makeContentDir({ 'credential-names.yaml': text })).map(short)).toEqual(['credential-names.yaml:7: credentials: list at least 60 credentials']);
  });
});
