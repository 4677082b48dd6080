import type { Problem } from './problem';

export interface ReportStyle {
  color: boolean;
}

const paint = (on: boolean, code: string, text: string): string => (on ? `\x1b[${code}m${text}\x1b[0m` : text);

/**
 * Problems as the FDK prints them (FDK 6.9 `error-util.js` printError): a title, then one `[ERROR]`/`[WARN]`
 * line each. The FDK lists warnings first; we list errors first so the blocking ones are on top. Each line
 * names the file the problem is in.
 */
export function formatProblems(title: string, problems: readonly Problem[], style: ReportStyle): string[] {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const lines: string[] = [];
  if (errors.length > 0) {
    lines.push(title);
    for (const p of errors) lines.push(`${paint(style.color, '31', '[ERROR]')} ${p.file}: ${p.message}`);
  }
  if (warnings.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push('Please ensure that the following are addressed for quick review process.');
    for (const p of warnings) lines.push(`${paint(style.color, '33', '[WARN]')} ${p.file}: ${p.message}`);
  }
  return lines;
}
