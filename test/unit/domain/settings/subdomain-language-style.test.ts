import { draftStyleProblem, isDraftStyle } from '../../../../server/domain/settings/draft-style';
import { languageProblem, normaliseLanguage } from '../../../../server/domain/settings/language';
import { subdomainProblem } from '../../../../server/domain/settings/subdomain';

describe('subdomainProblem', () => {
  it('accepts the part before .freshdesk.com', () => {
    expect(subdomainProblem('acme')).toBeUndefined();
    expect(subdomainProblem('acme-support2')).toBeUndefined();
  });

  it('says to drop the domain when the whole host or URL is typed', () => {
    expect(subdomainProblem('acme.freshdesk.com')).toBe('Enter only the part before .freshdesk.com, e.g. acme');
    expect(subdomainProblem('https://acme.freshdesk.com')).toBe('Enter only the part before .freshdesk.com, e.g. acme');
  });

  it('refuses other characters and an empty value', () => {
    expect(subdomainProblem('Acme')).toBe('Lowercase letters, digits and dashes only, e.g. acme');
    expect(subdomainProblem('ac me')).toBe('Lowercase letters, digits and dashes only, e.g. acme');
    expect(subdomainProblem('-acme')).toBe('Lowercase letters, digits and dashes only, e.g. acme');
    expect(subdomainProblem(' ')).toMatch(/^Enter your Freshdesk subdomain/);
  });
});

describe('languageProblem', () => {
  it('accepts empty (the requester’s language) and BCP 47-style tags', () => {
    for (const tag of ['', 'en', 'de', 'pt-BR', 'pt-br', 'zh-Hant-TW', 'es-419', 'fil']) expect([tag, languageProblem(tag)]).toEqual([tag, undefined]);
  });

  it('refuses names and malformed codes', () => {
    for (const tag of ['English', 'e', 'en_US', 'en-', 'pt-BRA', 'de DE']) expect(languageProblem(tag)).toMatch(/^A language code such as en, de or pt-BR/);
  });

  it('normalises case the conventional way', () => {
    expect(normaliseLanguage(' PT-br ')).toBe('pt-BR');
    expect(normaliseLanguage('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(normaliseLanguage('')).toBe('');
  });
});

describe('draft style', () => {
  it('is one of the styles the app offers', () => {
    expect(isDraftStyle('formal')).toBe(true);
    expect(isDraftStyle('shouty')).toBe(false);
    expect(draftStyleProblem('shouty')).toBe('Choose one of: friendly, formal, concise');
    expect(draftStyleProblem('concise')).toBeUndefined();
  });
});
