// The build's own helpers: the single-file page and the zip writer.
import { describe, expect, test } from '@jest/globals';
import crypto from 'node:crypto';
import { singleFile } from '../../scripts/build.js';
import { crc32, unzip, zip } from '../../scripts/zip.js';

const HTML = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'" />
<link rel="icon" href="favicon.svg" type="image/svg+xml" />
<link rel="stylesheet" href="style.css" />
<script src="infotheory-early.js" async></script>
<script src="infotheory.js" defer></script>
<link rel="manifest" href="manifest.webmanifest" />
</head><body><main></main></body></html>`;

describe('singleFile', () => {
  const js = 'const snippet = `<script src="x.js"></script><!-- note -->`;';
  const out = singleFile({ html: HTML, css: 'p{color:red}', js, icon: '<svg/>' });

  test('inlines script, style and icon, with a CSP that allows exactly them by hash', () => {
    const script = out.match(/<script>([\s\S]*)<\/script>/)[1];
    const hash = (text) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`;
    expect(out).toContain(`script-src ${hash(script)} 'wasm-unsafe-eval'`);
    expect(out).toContain(`style-src ${hash('p{color:red}')}`);
    expect(out).toContain("default-src 'none'");
    expect(out).toContain('<style>p{color:red}</style>');
    expect(out).toContain('href="data:image/svg+xml,%3Csvg%2F%3E"');
    expect(out).not.toContain('src="infotheory.js"');
    // Nothing to fetch early and nothing to install: the single file carries everything.
    expect(out).not.toContain('infotheory-early.js');
    expect(out).not.toContain('rel="manifest"');
  });

  test('the inlined code cannot end its script element early', () => {
    expect(out.match(/<\/script/g)).toHaveLength(1);
    expect(out).not.toContain('<!-- note');
    const script = out.match(/<script>([\s\S]*)<\/script>/)[1];
    expect(new Function(`${script}; return snippet;`)()).toBe('<script src="x.js"></script><!-- note -->');
  });

  test('refuses a page it cannot inline into', () => {
    expect(() => singleFile({ html: '<html></html>', css: '', js: '', icon: '' })).toThrow('single file');
  });
});

describe('zip', () => {
  test('CRC-32 of the standard check string', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  test('writes local headers, a central directory and its end record', () => {
    const archive = zip([
      { name: 'a/index.html', data: Buffer.from('<p>hi</p>') },
      { name: 'a/b.js', data: Buffer.from('1') },
    ]);
    expect(archive.readUInt32LE(0)).toBe(0x04034b50);
    const end = archive.length - 22;
    expect(archive.readUInt32LE(end)).toBe(0x06054b50);
    expect(archive.readUInt16LE(end + 10)).toBe(2);
    const directory = archive.readUInt32LE(end + 16);
    expect(archive.readUInt32LE(directory)).toBe(0x02014b50);
    expect(archive.subarray(directory + 46, directory + 46 + 12).toString()).toBe('a/index.html');
    expect(archive.subarray(30 + 12, 30 + 12 + 9).toString()).toBe('<p>hi</p>');
  });

  test('unzip reads back every entry, byte for byte', () => {
    const entries = [
      { name: 'imsmanifest.xml', data: Buffer.from('<manifest/>') },
      { name: 'ü/empty.txt', data: Buffer.alloc(0) },
      { name: 'bytes.bin', data: Buffer.from([0, 255, 0x50, 0x4b, 5, 6]) },
    ];
    const files = unzip(zip(entries));
    expect([...files.keys()]).toEqual(entries.map((e) => e.name));
    for (const { name, data } of entries) expect(Buffer.compare(files.get(name), data)).toBe(0);
    expect(() => unzip(Buffer.from('not a zip'))).toThrow('no end of central directory');
  });
});
