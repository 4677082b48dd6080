/** What Simpli KB found after the last full pass: gaps (each with a link to write the article) and stale articles. */
import { Card, Note } from '../../components/Card';
import { clockTime } from '../../view-models/format';
import type { KbFindings } from '../contracts/kb-records';
import type { Section } from '../hooks/use-fullpage';
import { articleLink, newArticleLink } from '../view-models/links';
import { PortalLink } from './Link';
import { SectionBody } from './SectionBody';

function Findings({ findings, origin, now }: { findings: KbFindings; origin: string | undefined; now: number }) {
  const create = newArticleLink(origin);
  return (
    <>
      <p className="sb-meta">Found after the pass that finished {clockTime(findings.at, now)}.</p>
      <h3 className="sb-subtitle">Gaps</h3>
      {findings.gaps.length === 0 ? (
        <Note>No gaps: customers find what they ask for.</Note>
      ) : (
        <table className="fp-table" data-table="gaps">
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Queries</th>
              <th scope="col">Sample queries</th>
              <th scope="col">Suggested title</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {findings.gaps.map((gap, i) => (
              <tr key={i} data-gap={i}>
                <td>{gap.topic}</td>
                <td className="fp-num">{gap.count}</td>
                <td>
                  <ul className="sb-list">
                    {gap.sampleQueries.map((q, j) => (
                      <li key={j}>{q}</li>
                    ))}
                  </ul>
                </td>
                <td>{gap.suggestedTitle ?? '—'}</td>
                <td>
                  <PortalLink href={create} name="new-article">
                    Write the article
                  </PortalLink>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 className="sb-subtitle">Stale articles</h3>
      {findings.stale.length === 0 ? (
        <Note>No stale articles.</Note>
      ) : (
        <ul className="fp-rows" data-table="stale">
          {findings.stale.map((article, i) => (
            <li key={i} data-stale={i}>
              <PortalLink href={articleLink(origin, article.articleId)} name="article">
                {article.title}
              </PortalLink>
              {article.reason !== undefined && <span className="sb-why"> — {article.reason}</span>}
              {article.since !== undefined && <span className="sb-meta"> (since {article.since})</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function GapsSection({ findings, origin, now }: { findings: Section<KbFindings>; origin: string | undefined; now: number }) {
  return (
    <Card title="Gaps and stale articles" name="gaps">
      <SectionBody section={findings} empty="No findings yet: Simpli KB is asked for gaps after each full sync.">
        {(value) => <Findings findings={value} origin={origin} now={now} />}
      </SectionBody>
    </Card>
  );
}
