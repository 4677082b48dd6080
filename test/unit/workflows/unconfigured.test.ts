import { readSettings } from '../../../server/contracts/iparams';
import { unconfiguredErrors } from '../../../server/workflows/jobs/unconfigured';
import { QA_NEEDS } from '../../../server/workflows/qa/steps';
import { SENTIMENT_NEEDS } from '../../../server/workflows/sentiment/steps';

const complete = readSettings({
  simpli_sentiment_host: 'sentiment.simpli.test',
  simpli_qa_host: 'qa.simpli.test',
  freshdesk_subdomain: 'acme',
});

describe('unconfiguredErrors', () => {
  it('is empty when every setting a step needs is there', () => {
    expect(unconfiguredErrors(complete, SENTIMENT_NEEDS, ['analyze', 'contact', 'escalate'])).toEqual({});
    expect(unconfiguredErrors(complete, QA_NEEDS, ['evaluate', 'note'])).toEqual({});
  });

  it('fails each step that lacks one for good, naming every missing setting', () => {
    const settings = readSettings({ ...complete, simpli_qa_host: ' ', freshdesk_subdomain: undefined });
    expect(unconfiguredErrors(settings, QA_NEEDS, ['evaluate', 'note'])).toEqual({
      evaluate: { kind: 'not_configured', message: 'the installation settings lack freshdesk_subdomain, simpli_qa_host', retryable: false },
      note: { kind: 'not_configured', message: 'the installation settings lack freshdesk_subdomain', retryable: false },
    });
  });

  it('never asks for the secure API keys: a payload without them is complete (they live in request headers only)', () => {
    const withoutKeys = readSettings({ simpli_sentiment_host: 'sentiment.simpli.test', simpli_qa_host: 'qa.simpli.test', freshdesk_subdomain: 'acme' });
    expect(unconfiguredErrors(withoutKeys, QA_NEEDS, ['evaluate', 'note'])).toEqual({});
    expect(unconfiguredErrors(withoutKeys, SENTIMENT_NEEDS, ['analyze', 'contact', 'escalate'])).toEqual({});
    expect(Object.keys(readSettings({ simpli_api_key: 'k', freshdesk_api_key: 'f' }))).not.toEqual(expect.arrayContaining(['simpli_api_key']));
    expect(readSettings({ simpli_api_key: 'k', freshdesk_api_key: 'f' })).not.toHaveProperty('freshdesk_api_key');
  });

  it('only looks at the steps asked about', () => {
    const settings = readSettings({ ...complete, simpli_sentiment_host: '' });
    expect(Object.keys(unconfiguredErrors(settings, SENTIMENT_NEEDS, ['contact', 'escalate']))).toEqual([]);
    expect(Object.keys(unconfiguredErrors(settings, SENTIMENT_NEEDS, ['analyze', 'contact']))).toEqual(['analyze']);
  });
});
