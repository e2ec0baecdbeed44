/**
 * WARC 1.1 records of a static site, as a plain web host serves it, and the CDXJ index that lets a
 * replay tool find each one (G83: a copy of the record that outlives its host). Each record is its
 * own gzip member, so the index can point straight at it. Record ids and dates derive from the
 * content and the build date, so the same site gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export interface Capture {
  /** The address the file is served at. */
  url: string;
  mediaType: string;
  bytes: Uint8Array;
}

export interface IndexEntry {
  urlkey: string;
  timestamp: string;
  url: string;
  mime: string;
  status: string;
  digest: string;
  length: number;
  offset: number;
  filename: string;
}

const encoder = new TextEncoder();
const crlf = '\r\n';

export const sha256Digest = (bytes: Uint8Array | string) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** WARC-Date form: UTC to the second. */
export const warcDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** CDX timestamp form: 14 digits. */
export const cdxTimestamp = (date: Date) => warcDate(date).replace(/\D/g, '');

/**
 * Sort-friendly URL key (SURT), as web archives index by: host reversed and comma-separated
 * without "www.", then ")" and the path and sorted query, all in lower case.
 */
export function surt(address: string): string {
  const url = new URL(address);
  const host = url.hostname.toLowerCase().replace(/^www\d*\./, '').split('.').reverse().join(',');
  const port = url.port ? `:${url.port}` : '';
  const query = url.search ? `?${url.search.slice(1).toLowerCase().split('&').sort().join('&')}` : '';
  return `${host}${port})${url.pathname.toLowerCase()}${query}`;
}

/** A UUID-shaped record id that depends only on what the record holds. */
function recordId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\0')).digest('hex');
  return `<urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}>`;
}

function record(headers: [string, string][], block: Uint8Array): Uint8Array {
  const head = encoder.encode(['WARC/1.1', ...headers.map(([name, value]) => `${name}: ${value}`), `Content-Length: ${block.length}`, '', ''].join(crlf));
  const whole = new Uint8Array(head.length + block.length + 4);
  whole.set(head, 0);
  whole.set(block, head.length);
  whole.set(encoder.encode(crlf + crlf), head.length + block.length);
  return gzipSync(whole, { level: 9 });
}

function httpResponse(capture: Capture): Uint8Array {
  const head = encoder.encode(['HTTP/1.1 200 OK', `Content-Type: ${capture.mediaType}`, `Content-Length: ${capture.bytes.length}`, '', ''].join(crlf));
  const block = new Uint8Array(head.length + capture.bytes.length);
  block.set(head, 0);
  block.set(capture.bytes, head.length);
  return block;
}

export interface WarcFile {
  bytes: Uint8Array;
  index: IndexEntry[];
}

/** One warcinfo record describing the capture, then one response record per file, in URL order. */
export function writeWarc(captures: Capture[], options: { filename: string; date: Date; software: string; description: string }): WarcFile {
  const date = warcDate(options.date);
  const members: Uint8Array[] = [];
  const index: IndexEntry[] = [];
  let offset = 0;
  const add = (member: Uint8Array) => {
    members.push(member);
    offset += member.length;
  };

  const info = encoder.encode([`software: ${options.software}`, 'format: WARC File Format 1.1', `description: ${options.description}`, ''].join(crlf));
  add(record([
    ['WARC-Type', 'warcinfo'],
    ['WARC-Record-ID', recordId('warcinfo', options.filename, date)],
    ['WARC-Date', date],
    ['WARC-Filename', options.filename],
    ['Content-Type', 'application/warc-fields'],
  ], info));

  for (const capture of [...captures].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) {
    const block = httpResponse(capture);
    const payloadDigest = sha256Digest(capture.bytes);
    const member = record([
      ['WARC-Type', 'response'],
      ['WARC-Record-ID', recordId('response', capture.url, payloadDigest, date)],
      ['WARC-Date', date],
      ['WARC-Target-URI', capture.url],
      ['WARC-Payload-Digest', payloadDigest],
      ['WARC-Block-Digest', sha256Digest(block)],
      ['Content-Type', 'application/http; msgtype=response'],
    ], block);
    index.push({
      urlkey: surt(capture.url),
      timestamp: cdxTimestamp(options.date),
      url: capture.url,
      mime: capture.mediaType.split(';')[0]!,
      status: '200',
      digest: payloadDigest.slice('sha256:'.length), // indexers give the digest without its algorithm
      length: member.length,
      offset,
      filename: options.filename,
    });
    add(member);
  }

  const bytes = new Uint8Array(offset);
  let at = 0;
  for (const member of members) {
    bytes.set(member, at);
    at += member.length;
  }
  return { bytes, index };
}

/** CDXJ lines ("urlkey timestamp {json}"), sorted as replay tools binary-search them. */
export function cdxj(index: IndexEntry[]): string {
  return index
    .map(({ urlkey, timestamp, ...fields }) => `${urlkey} ${timestamp} ${JSON.stringify({ ...fields, length: String(fields.length), offset: String(fields.offset) })}`)
    .sort()
    .map((line) => `${line}\n`)
    .join('');
}
