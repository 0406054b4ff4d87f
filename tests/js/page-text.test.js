// web/index.html carries the English texts as they show before the script
// runs (and to anything that reads the page without running it): they must
// be the texts of the English table, or the page says two things.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { TABLES } from '../../web/i18n.js';
import { ROOT } from '../../scripts/run.js';

const html = fs.readFileSync(path.join(ROOT, 'web', 'index.html'), 'utf8');

/** Text without markup, entities decoded, whitespace collapsed. */
const plainHtml = (text) =>
  text
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();

/** A table text as the page shows it: [[glossary terms]], **bold**, *emphasis*, `code` and [links](href) as plain text. */
const plainTable = (text) =>
  text
    .replace(/\[\[([\w-]+)(?:\|(.+?))?\]\]/g, (_, term, shown) => shown ?? term)
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\*(.+?)\*/g, '$1')
    .replace(/`(.+?)`/g, '$1')
    .replace(/\[(.+?)\]\((.+?)\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

describe('index.html says what the English table says', () => {
  const elements = [...html.matchAll(/<(\w+)[^>]*data-i18n="([^"]+)"[^>]*>([\s\S]*?)<\/\1>/g)];
  test('it has translated elements', () => {
    expect(elements.length).toBeGreaterThan(20);
  });
  test.each(elements.map(([, , key, inner]) => [key, inner]))('%s', (key, inner) => {
    expect(plainHtml(inner)).toBe(plainTable(TABLES.en[key]));
  });
});
