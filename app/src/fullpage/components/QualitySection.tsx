/** The last QA results with averages per agent and per dimension, and the open escalations. */
import { Card, Note } from '../../components/Card';
import { humanize, percent } from '../../view-models/format';
import type { Quality } from '../contracts/kb-records';
import type { Section } from '../hooks/use-fullpage';
import { ticketLink } from '../view-models/links';
import { agentLabel, customerLabel, qualityView, type Average } from '../view-models/quality';
import { PortalLink } from './Link';
import { SectionBody } from './SectionBody';

function Averages({ title, head, rows, name, label = (n) => n }: { title: string; head: string; rows: Average[]; name: string; label?: (name: string) => string }) {
  return (
    <div className="fp-averages">
      <h3 className="sb-subtitle">{title}</h3>
      <table className="fp-table" data-table={name}>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col" className="fp-num">
              Average
            </th>
            <th scope="col" className="fp-num">
              Results
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td>{label(row.name)}</td>
              <td className="fp-num" data-average={row.name}>
                {percent(row.average)}
              </td>
              <td className="fp-num sb-meta">{row.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function QualityBody({ quality, origin }: { quality: Quality; origin: string | undefined }) {
  const view = qualityView(quality);
  return (
    <>
      {view.overall === undefined ? (
        <Note>No QA results yet.</Note>
      ) : (
        <>
          <p>
            Average over the last {view.overall.count} results: <strong data-average="overall">{percent(view.overall.average)}</strong>
          </p>
          <div className="fp-columns">
            <Averages title="Per agent" head="Agent" rows={view.byAgent} name="by-agent" />
            <Averages title="Per dimension" head="Dimension" rows={view.byDimension} name="by-dimension" label={humanize} />
          </div>
          <h3 className="sb-subtitle">Results, newest first</h3>
          <table className="fp-table" data-table="results">
            <thead>
              <tr>
                <th scope="col">Ticket</th>
                <th scope="col">Agent</th>
                <th scope="col">Overall</th>
                <th scope="col">Dimensions</th>
              </tr>
            </thead>
            <tbody>
              {view.results.map((r, i) => (
                <tr key={i} data-result={r.ticketId}>
                  <td>
                    <PortalLink href={ticketLink(origin, r.ticketId)} name="ticket">
                      #{r.ticketId}
                    </PortalLink>
                  </td>
                  <td>{agentLabel(r)}</td>
                  <td className="fp-num">{percent(r.overall)}</td>
                  <td className="sb-meta">
                    {Object.entries(r.dimensions)
                      .map(([d, s]) => `${humanize(d)} ${percent(s)}`)
                      .join(' · ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h3 className="sb-subtitle">Open escalations</h3>
      {view.escalations.length === 0 ? (
        <Note>No open escalations.</Note>
      ) : (
        <table className="fp-table" data-table="escalations">
          <thead>
            <tr>
              <th scope="col">Ticket</th>
              <th scope="col">Customer</th>
              <th scope="col">Risk</th>
              <th scope="col">Trigger words</th>
            </tr>
          </thead>
          <tbody>
            {view.escalations.map((e, i) => (
              <tr key={i} data-escalation={e.ticketId}>
                <td>
                  <PortalLink href={ticketLink(origin, e.ticketId)} name="ticket">
                    #{e.ticketId}
                  </PortalLink>
                </td>
                <td>{customerLabel(e)}</td>
                <td className="fp-num">{percent(e.risk)}</td>
                <td>{e.triggers.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export function QualitySection({ quality, origin }: { quality: Section<Quality>; origin: string | undefined }) {
  return (
    <Card title="Quality" name="quality">
      <SectionBody section={quality} empty="No QA results or escalations yet.">
        {(value) => <QualityBody quality={value} origin={origin} />}
      </SectionBody>
    </Card>
  );
}
