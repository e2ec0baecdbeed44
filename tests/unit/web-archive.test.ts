import { CDXIndexer, WARCParser, getSurt } from 'warcio';
import { describe, expect, it } from 'vitest';
import { addressOf, pagesOf } from '../../templates/lib/archive/wacz.ts';
import { mediaTypeOf } from '../../templates/lib/archive/media-types.ts';
import { cdxj, surt, writeWarc } from '../../templates/lib/archive/warc.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const date = new Date('2027-06-01T09:30:00Z');
const captures = [
  { url: 'https://example.org/assembly/', mediaType: 'text/html; charset=utf-8', bytes: encode('<title>Home &amp; more</title><p>Welcome</p>') },
  { url: 'https://example.org/assembly/data/votes.csv', mediaType: 'text/csv; charset=utf-8', bytes: encode('id,for\r\nr1,40\r\n') },
  { url: 'https://example.org/assembly/logo.png', mediaType: 'image/png', bytes: new Uint8Array([137, 80, 78, 71, 0, 255]) },
];
const warc = writeWarc(captures, { filename: 'data.warc.gz', date, software: 'test 1.0', description: 'A test' });

/** warcio reads from async iterables of chunks. */
async function* chunks(bytes: Uint8Array) {
  yield bytes;
}

describe('WARC records, read back with warcio (an independent reader)', () => {
  it('holds a warcinfo record, then each file as an HTTP 200 response at its address', async () => {
    const records = [];
    for await (const record of new WARCParser(chunks(warc.bytes))) {
      records.push({
        type: record.warcType,
        uri: record.warcTargetURI,
        date: record.warcDate,
        status: record.httpHeaders?.statusCode,
        contentType: record.httpHeaders?.headers.get('Content-Type'),
        payload: Buffer.from(await record.readFully(true)),
      });
    }
    expect(records.map((r) => r.type)).toEqual(['warcinfo', 'response', 'response', 'response']);
    expect(records[0]!.payload.toString()).toContain('format: WARC File Format 1.1');
    for (const capture of captures) {
      const found = records.find((r) => r.uri === capture.url)!;
      expect(found).toMatchObject({ date: '2027-06-01T09:30:00Z', status: 200, contentType: capture.mediaType });
      expect(found.payload.equals(Buffer.from(capture.bytes))).toBe(true);
    }
  });

  it('indexes each record where warcio finds it, with the same URL keys', async () => {
    const ours = cdxj(warc.index).trim().split('\n');
    const theirs = [];
    for await (const entry of new CDXIndexer({ format: 'cdxj' }).iterIndex([{ filename: 'data.warc.gz', reader: chunks(warc.bytes) }])) theirs.push(entry);
    expect(ours).toHaveLength(3);
    for (const line of ours) {
      const [urlkey, timestamp] = line.split(' ');
      const fields = JSON.parse(line.slice(line.indexOf('{'))) as Record<string, string>;
      const match = theirs.find((entry) => entry['url'] === fields['url'])!;
      expect({ urlkey, timestamp, offset: fields['offset'], length: fields['length'], status: fields['status'], digest: fields['digest'] }).toEqual({
        urlkey: match['urlkey'],
        timestamp: match['timestamp'],
        offset: String(match['offset']),
        length: String(match['length']),
        status: String(match['status']),
        digest: match['digest'],
      });
    }
    expect([...ours].sort()).toEqual(ours);
  });

  it('builds URL keys the way warcio does', () => {
    for (const url of ['https://www.Example.org/Assembly/', 'https://example.org:8443/a/b.csv', 'https://council.gov.uk/x?b=2&a=1']) {
      expect(surt(url)).toBe(getSurt(url));
    }
  });

  it('gives the same bytes for the same captures', () => {
    const again = writeWarc(captures, { filename: 'data.warc.gz', date, software: 'test 1.0', description: 'A test' });
    expect(Buffer.from(again.bytes).equals(Buffer.from(warc.bytes))).toBe(true);
  });
});

describe('WACZ pages', () => {
  it('serves folders at their own address, under the site path', () => {
    expect(addressOf('https://example.org/assembly/', 'index.html')).toBe('https://example.org/assembly/');
    expect(addressOf('https://example.org/assembly', 'sessions/day-1/index.html')).toBe('https://example.org/assembly/sessions/day-1/');
    expect(addressOf('https://example.org/assembly/', 'data/votes.csv')).toBe('https://example.org/assembly/data/votes.csv');
  });

  it('lists reading pages with their titles, not redirects or the not-found page', () => {
    const page = (file: string, html: string) => ({ file, url: addressOf('https://example.org/', file), mediaType: 'text/html', bytes: encode(html) });
    const pages = pagesOf([
      page('index.html', '<title>Home &amp; more &#8211; Jurors&#x27; page</title>'),
      page('404.html', '<title>Page not found</title>'),
      page('old/index.html', '<title>This page has moved</title><meta http-equiv="refresh" content="0; url=/new/">'),
      { file: 'data/votes.csv', url: 'https://example.org/data/votes.csv', mediaType: 'text/csv', bytes: encode('x') },
    ], date);
    expect(pages).toEqual([{ id: expect.stringMatching(/^[0-9a-f]{12}$/), url: 'https://example.org/', ts: '2027-06-01T09:30:00Z', title: 'Home & more – Jurors\' page' }]);
  });
});

describe('media types of archived records', () => {
  it('name the news feed as Atom and the register entry as YAML, not as any XML or bytes', () => {
    expect(mediaTypeOf('riverside-2027/feed.xml')).toBe('application/atom+xml');
    expect(mediaTypeOf('riverside-2027/sitemap.xml')).toBe('application/xml');
    expect(mediaTypeOf('riverside-2027/data/register-entry.yaml')).toBe('application/yaml');
    expect(mediaTypeOf('riverside-2027/calendar.ics')).toBe('text/calendar; charset=utf-8');
  });
});
