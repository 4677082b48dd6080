/**
 * Reads an icon's pixel size the cheap way, for the 64×64 rule (docs/platform.md "fdk validate"). Unknown formats/sizes
 * → undefined.
 */
export interface Size {
  width: number;
  height: number;
}

const PNG_SIGNATURE = '89504e470d0a1a0a';

export function imageSize(name: string, bytes: Buffer): Size | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.png')) return pngSize(bytes);
  if (lower.endsWith('.svg')) return svgSize(bytes.toString('utf8'));
  return undefined;
}

/** PNG: width and height are the first two big-endian words of the IHDR chunk (bytes 16–23). */
function pngSize(bytes: Buffer): Size | undefined {
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== PNG_SIGNATURE) return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** SVG: `width`/`height` attributes of the root element (plain or px numbers), else the viewBox size. */
function svgSize(text: string): Size | undefined {
  const root = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (root === undefined) return undefined;
  const attr = (n: string): string | undefined => new RegExp(`\\s${n}\\s*=\\s*["']([^"']*)["']`, 'i').exec(root)?.[1];
  const px = (v: string | undefined): number | undefined => {
    const m = v === undefined ? null : /^\s*([0-9.]+)\s*(px)?\s*$/.exec(v);
    return m?.[1] === undefined ? undefined : Number(m[1]);
  };
  const width = px(attr('width'));
  const height = px(attr('height'));
  if (width !== undefined && height !== undefined) return { width, height };
  const box = attr('viewBox')?.trim().split(/[\s,]+/).map(Number);
  if (box?.length === 4 && box.every((n) => Number.isFinite(n))) return { width: box[2] ?? 0, height: box[3] ?? 0 };
  return undefined;
}
