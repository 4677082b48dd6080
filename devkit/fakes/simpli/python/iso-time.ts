/**
 * datetime.now(UTC).isoformat() as Sentiment stamps timelines and alerts (docs/simpli.md "Sentiment: POST /analyze"):
 * "2026-04-05T16:16:46.123456+00:00", and without the fraction when the microseconds are 0 (Python omits it).
 * Our clocks count milliseconds, so the last three digits of the fraction are always 000.
 */
export function pythonIsoUtc(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const ms = d.getUTCMilliseconds();
  const fraction = ms === 0 ? '' : `.${pad(ms, 3)}000`;
  return `${date}T${time}${fraction}+00:00`;
}
