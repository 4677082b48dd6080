/** The Simpli services as the settings describe them, in feature order (domain/install/health-plan.ts). */
import type { Settings } from '../../contracts/iparams';
import type { ServiceTarget } from '../../domain/install/types';

type ServiceSettings = Pick<
  Settings,
  | 'feature_triage' | 'feature_draft' | 'feature_sentiment' | 'feature_qa' | 'feature_kb_sync'
  | 'simpli_triage_host' | 'simpli_reply_host' | 'simpli_sentiment_host' | 'simpli_qa_host' | 'simpli_kb_host'
>;

export function serviceTargets(s: ServiceSettings): ServiceTarget[] {
  return [
    { service: 'triage', enabled: s.feature_triage, host: s.simpli_triage_host },
    { service: 'reply', enabled: s.feature_draft, host: s.simpli_reply_host },
    { service: 'sentiment', enabled: s.feature_sentiment, host: s.simpli_sentiment_host },
    { service: 'qa', enabled: s.feature_qa, host: s.simpli_qa_host },
    { service: 'kb', enabled: s.feature_kb_sync, host: s.simpli_kb_host },
  ];
}
