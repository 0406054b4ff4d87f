// `npm run build`: the wasm module (CMake preset `wasm`: Emscripten, build/wasm), then dist/:
//   index.html, embed.html, style.css, favicon.svg, embed-host.js
//   infotheory.js             page code and Chart.js, one classic script
//   infotheory.wasm           the compiled kernels, fetched over http(s) (web/wasm-source.js)
//   infotheory-wasm.js        the same bytes as base64 in a classic script, for file:// and
//                             hosts where the fetch fails
//   sw.js, manifest.webmanifest   the service worker that keeps the site offline after one
//                             visit (web/hosts/sw.js, its cache named by the build's hash)
//   infotheory-<lang>.js      each language but English (which is inside infotheory.js), loaded
//                             when a reader asks for it (web/i18n.js loadLanguage)
//   infotheory-widget.html    the whole site in one self-contained file (works alone from file://)
//   infotheory-site.zip       the static site as one download
//   infotheory-scorm.zip      a SCORM 1.2 package (the single file, reporting its self-checks)
//   npm/                      the package's modules (package.json "exports"): index.js (browser)
//                             and index.node.js (Node), the API with infotheory.wasm beside them;
//                             widget.js, <info-widget> and the anywidget module, self-contained
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { JOBS, ROOT, isMain, run } from './run.js';
import { zip } from './zip.js';
import { typesetHtml, writeRendered } from './math.js';
import { LANGUAGES } from '../web/i18n.js';

const DIST = path.join(ROOT, 'dist');
const WEB = path.join(ROOT, 'web');
const STATIC_FILES = [
  'index.html',
  'embed.html',
  'style.css',
  'favicon.svg',
  'embed-host.js',
  'infotheory-early.js',
  'manifest.webmanifest',
];
// Where a static file lives in web/ when not at its top.
const STATIC_SOURCES = {
  'embed-host.js': path.join('hosts', 'embed-host.js'),
  'infotheory-early.js': path.join('hosts', 'early.js'),
};
const OTHER_LANGUAGES = LANGUAGES.filter((lang) => lang !== 'en');
const LANGUAGE_FILES = OTHER_LANGUAGES.map((lang) => `infotheory-${lang}.js`);
const SITE_FILES = [
  ...STATIC_FILES,
  'infotheory.js',
  'infotheory.wasm',
  'infotheory-wasm.js',
  ...LANGUAGE_FILES,
  'sw.js',
];
const WASM = path.join(ROOT, 'build', 'wasm', 'infotheory-kernels.wasm');

/**
 * How the browser's scripts are bundled (esbuild): the page's bundle, the
 * language scripts, the SCORM shim, and the predict test's fixture page.
 */
export const BUNDLE = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2022'],
  loader: { '.css': 'text' },
  // "</script" never appears in the output, so it can be inlined in HTML.
  supported: { 'inline-script': false },
  // Emscripten's Node branch and web/kernels.js's Node path need these; they never run in a browser.
  external: ['fs', 'path', 'node:fs/promises'],
  logLevel: 'warning',
};

/** A classic script that hands the kernels' bytes to web/wasm-source.js. */
export function wasmScript(bytes) {
  return `globalThis.infotheoryWasm="${Buffer.from(bytes).toString('base64')}";\n`;
}

/**
 * Configures and builds build/wasm/infotheory-kernels.js. The preset sets
 * Debian's Emscripten toolchain file and the NODE_PATH its emcc needs (see
 * CMakePresets.json), which is all `emcmake` added.
 */
export function buildWasm() {
  run('cmake', ['--preset', 'wasm']);
  run('cmake', ['--build', '--preset', 'wasm', '-j', JOBS]);
}

const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * index.html with its stylesheet, script and icon inlined. Its CSP allows
 * exactly that script and that style, by hash, and the wasm compile.
 */
export function singleFile({ html, css, js: code, icon }) {
  // Inline, "</script" would end the element early and "<!--" could change
  // how the HTML parser reads it; both appear in strings (the embed code
  // snippets), where "<\/" and "<\!" mean the same.
  const js = code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(js)} 'wasm-unsafe-eval'`,
    `style-src ${sha256(css)}`,
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const replace = (text, from, to) => {
    if (!text.includes(from)) throw new Error(`single file: index.html has no ${from}`);
    return text.replace(from, () => to);
  };
  let out = html.replace(/content="default-src 'self';[^"]*"/, () => `content="${csp}"`);
  if (out === html) throw new Error('single file: index.html has no CSP meta tag to replace');
  out = replace(out, '<link rel="stylesheet" href="style.css" />', `<style>${css}</style>`);
  out = replace(out, '<script src="infotheory.js" defer></script>\n', '');
  // The kernels are inside: nothing to fetch early; nothing to install.
  out = replace(out, '<script src="infotheory-early.js" async></script>\n', '');
  out = out.replace(/ *<link rel="manifest"[^>]*>\n/, '');
  out = replace(out, 'href="favicon.svg"', `href="data:image/svg+xml,${encodeURIComponent(icon.trim())}"`);
  out = replace(out, '</body>', `<script>${js}</script>\n</body>`);
  // The download links point at files that do not travel with this one.
  out = out.replace(/<!-- downloads -->[\s\S]*?<!-- \/downloads -->\n/, '');
  return out;
}

/**
 * imsmanifest.xml of the SCORM 1.2 package: one SCO, index.html. To have the
 * LMS grade against a mastery score, add <adlcp:masteryscore>80</adlcp:masteryscore>
 * to the item (or set it in the LMS).
 */
export function scormManifest() {
  const title = 'Entropy, cross-entropy and KL divergence';
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="infotheory-widget" version="1.2"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="infotheory">
    <organization identifier="infotheory">
      <title>${title}</title>
      <item identifier="infotheory-item" identifierref="infotheory-sco">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="infotheory-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
      <file href="index.html"/>
    </resource>
  </resources>
</manifest>
`;
}

/**
 * A page with the <head> lines every page shares (web/head.html) put where it
 * says <!-- infotheory:head … --> and <!-- infotheory:assets … -->.
 */
export function withSharedHead(html) {
  const parts = fs.readFileSync(path.join(WEB, 'head.html'), 'utf8').split(/^<!-- infotheory:(\w+) -->\n/m);
  let out = html;
  for (let i = 1; i < parts.length; i += 2) {
    const marker = new RegExp(`^( *)<!-- infotheory:${parts[i]} [^>]*-->\n`, 'm');
    if (!marker.test(out)) throw new Error(`a page has no <!-- infotheory:${parts[i]} … --> line`);
    // The shared lines, indented as the marker is.
    out = out.replace(marker, (line, indent) => parts[i + 1].replace(/^(?=.)/gm, indent));
  }
  return out;
}

export async function buildSite() {
  // The typeset formulas (web/math/rendered.js), before they are bundled.
  writeRendered();
  const esbuild = await import('esbuild');
  fs.rmSync(DIST, { recursive: true, force: true });
  fs.mkdirSync(DIST, { recursive: true });
  // The page's bundle carries English only (web/i18n/tables.js → tables-page.js).
  const englishOnly = {
    name: 'english-only',
    setup(build) {
      build.onResolve({ filter: /\/i18n\/tables\.js$/ }, () => ({ path: path.join(WEB, 'i18n', 'tables-page.js') }));
    },
  };
  // Each other language: a classic script that hands its table to i18n.js.
  for (const lang of OTHER_LANGUAGES) {
    await esbuild.build({
      ...BUNDLE,
      minify: true,
      stdin: {
        contents: `import table from './${lang}.js';\n(globalThis.infotheoryLanguages ||= {}).${lang} = table;\n`,
        resolveDir: path.join(WEB, 'i18n'),
      },
      outfile: path.join(DIST, `infotheory-${lang}.js`),
    });
  }
  await esbuild.build({
    ...BUNDLE,
    minify: true,
    plugins: [englishOnly],
    entryPoints: [path.join(WEB, 'hosts', 'main.js')],
    outfile: path.join(DIST, 'infotheory.js'),
    legalComments: 'eof', // the libraries' licence notices stay in the file
  });
  const wasm = fs.readFileSync(WASM);
  fs.writeFileSync(path.join(DIST, 'infotheory.wasm'), wasm);
  fs.writeFileSync(path.join(DIST, 'infotheory-wasm.js'), wasmScript(wasm));
  for (const file of STATIC_FILES) {
    const source = path.join(WEB, STATIC_SOURCES[file] ?? file);
    if (file.endsWith('.html'))
      fs.writeFileSync(path.join(DIST, file), withSharedHead(typesetHtml(fs.readFileSync(source, 'utf8'))));
    else fs.copyFileSync(source, path.join(DIST, file));
  }

  // The service worker: every file of the site (and the folder itself, which
  // a server answers with index.html), cached under the hash of them all.
  const cached = SITE_FILES.filter((file) => file !== 'sw.js');
  const hash = crypto.createHash('sha256');
  for (const file of cached) hash.update(file).update(fs.readFileSync(path.join(DIST, file)));
  fs.writeFileSync(
    path.join(DIST, 'sw.js'),
    `const VERSION = '${hash.digest('hex').slice(0, 16)}';\nconst FILES = ${JSON.stringify(['./', ...cached])};\n` +
      fs.readFileSync(path.join(WEB, 'hosts', 'sw.js'), 'utf8'),
  );

  const read = (file) => fs.readFileSync(path.join(DIST, file), 'utf8');
  // The kernels and every language inlined ahead of the page code: nothing to fetch.
  const whole = {
    html: read('index.html'),
    css: read('style.css'),
    js: [...LANGUAGE_FILES, 'infotheory-wasm.js', 'infotheory.js'].map(read).join('\n'),
    icon: read('favicon.svg'),
  };
  fs.writeFileSync(path.join(DIST, 'infotheory-widget.html'), singleFile(whole));

  // The SCORM 1.2 package: the single file with the shim that reports the
  // self-checks to the LMS (web/hosts/scorm.js), and its manifest.
  const shim = await esbuild.build({
    ...BUNDLE,
    minify: true,
    entryPoints: [path.join(WEB, 'hosts', 'scorm.js')],
    write: false,
  });
  fs.writeFileSync(
    path.join(DIST, 'infotheory-scorm.zip'),
    zip([
      { name: 'imsmanifest.xml', data: Buffer.from(scormManifest()) },
      {
        name: 'index.html',
        data: Buffer.from(singleFile({ ...whole, js: `${whole.js}\n${shim.outputFiles[0].text}` })),
      },
    ]),
  );
  fs.writeFileSync(
    path.join(DIST, 'infotheory-site.zip'),
    zip(SITE_FILES.map((name) => ({ name: `infotheory/${name}`, data: fs.readFileSync(path.join(DIST, name)) }))),
  );
  await buildPackage(esbuild);
  const sizes = fs
    .readdirSync(DIST)
    .filter((file) => fs.statSync(path.join(DIST, file)).isFile())
    .map((file) => `${file} ${(fs.statSync(path.join(DIST, file)).size / 1024).toFixed(1)} KiB`);
  console.log(`built dist/: ${sizes.join(', ')}`);
}

/**
 * dist/npm/: the modules package.json's "exports" name. The API (web/hosts/api.js)
 * as an ES module for browsers and bundlers and one for Node, each finding
 * infotheory.wasm beside it; and web/hosts/module.js, the element and the
 * anywidget module in one ES module carrying the kernels and every language.
 */
async function buildPackage(esbuild) {
  const out = path.join(DIST, 'npm');
  fs.mkdirSync(out, { recursive: true });
  const module = {
    ...BUNDLE,
    format: 'esm',
    minify: true,
    legalComments: 'eof',
    // An ES module is always read as UTF-8: the languages' letters need no \u escapes.
    charset: 'utf8',
    // Emscripten's Node branch reads __dirname, which an ES module has not (the path is not used).
    define: { __dirname: '"."' },
  };
  // In a browser nothing of Node's is imported (bundlers would stop at it).
  const withoutNode = {
    name: 'without-node',
    setup(build) {
      build.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: 'without-node' }));
      build.onLoad({ filter: /.*/, namespace: 'without-node' }, () => ({ contents: 'export {};' }));
    },
  };
  await esbuild.build({
    ...module,
    plugins: [withoutNode],
    entryPoints: [path.join(WEB, 'hosts', 'api.js')],
    outfile: path.join(out, 'index.js'),
  });
  await esbuild.build({
    ...module,
    platform: 'node',
    entryPoints: [path.join(WEB, 'hosts', 'api.js')],
    outfile: path.join(out, 'index.node.js'),
  });
  await esbuild.build({
    ...module,
    plugins: [withoutNode],
    loader: { ...BUNDLE.loader, '.wasm': 'base64' },
    entryPoints: [path.join(WEB, 'hosts', 'module.js')],
    outfile: path.join(out, 'widget.js'),
  });
  fs.copyFileSync(WASM, path.join(out, 'infotheory.wasm'));
}

export async function build() {
  buildWasm();
  await buildSite();
}

if (isMain(import.meta.url)) await build();
