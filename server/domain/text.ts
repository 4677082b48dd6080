/** Cutting text the way Python counts it: by Unicode code points, never through the middle of a surrogate pair. */

export function cutToCodePoints(text: string, max: number): string {
  // Fewer UTF-16 units than the limit means fewer code points too.
  if (text.length <= max) return text;
  return Array.from(text).slice(0, max).join('');
}
