/**
 * The sealed form that share links carry: `<version>.<data>.<checksum>`, where <data> is
 * base64url of deflate-compressed JSON and <checksum> is the CRC-32 of `<version>.<data>`, as 8
 * lower-case hex digits. CRC-32 finds every change of up to 32 bits in a row, so any one
 * character changed anywhere (one character is 8 bits of the text) can never open as different
 * data: the link either reads exactly as it was made, or is refused. It is not a signature: anyone
 * can make a link with any answers, as anyone can type them in. It only stops a link that was
 * changed by accident, in copying or by a mail app, from opening silently as different answers.
 *
 * Pure, and free of Node and DOM-only APIs beyond CompressionStream, so the browser and the
 * server (the no-JavaScript summary) read links the same way.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (the one zip and PNG use) of a text's UTF-8 bytes, as 8 lower-case hex digits. */
export function crc32(text: string): string {
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** base64url of the deflate-compressed JSON text. */
export async function pack(json: string): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
}

/**
 * The JSON value packed in `data`. Throws on anything that is not base64url, deflate, UTF-8 and
 * JSON, or that inflates past `maxBytes` (a small link that would inflate to megabytes).
 */
export async function unpack(data: string, maxBytes: number): Promise<unknown> {
  const json = await pipe(fromBase64Url(data), new DecompressionStream('deflate-raw'), maxBytes);
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
}

/** `<version>.<data>.<checksum>` for this JSON text. */
export async function seal(version: number, json: string): Promise<string> {
  const body = `${version}.${await pack(json)}`;
  return `${body}.${crc32(body)}`;
}

/**
 * The data of a sealed body, if its checksum matches; undefined if it does not, or if the body
 * is not `<version>.<data>.<checksum>` at all.
 */
export function checkSeal(body: string): string | undefined {
  const match = /^(\d{1,3})\.([A-Za-z0-9_-]+)\.([0-9a-f]{8})$/.exec(body);
  if (!match) return undefined;
  const [, version, data, sum] = match as unknown as [string, string, string, string];
  return crc32(`${version}.${data}`) === sum ? data : undefined;
}
