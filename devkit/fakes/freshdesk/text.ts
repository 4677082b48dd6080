/** Small text helpers shared by the resources. */

/** Freshdesk timestamps: UTC ISO-8601 to the second, "2024-05-02T10:15:00Z" (docs/freshdesk.md "Response headers"). */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The plain-text rendering Freshdesk returns next to HTML (`description_text`, `body_text`). */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h\d)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/**
 * Ticket-field names from labels (docs/freshdesk.md "Creating ticket fields"): keep letters, digits, spaces and _,
 * spaces → _, lowercase, squeeze _.
 */
export function snakeName(label: string): string {
  return label
    .replace(/[^A-Za-z0-9 _]/g, '')
    .trim()
    .replace(/ +/g, '_')
    .toLowerCase()
    .replace(/_+/g, '_');
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
