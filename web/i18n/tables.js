// Every language's table, as Node and the tests see them. The page's bundle
// (scripts/build.js) replaces this file with tables-page.js: English inside,
// each other language a script of its own (dist/infotheory-<lang>.js),
// loaded by i18n.js's loadLanguage() when a reader asks for it.
import en from './en.js';
import de from './de.js';
import fr from './fr.js';
import es from './es.js';
import zh from './zh.js';
import ar from './ar.js';

export default { en, de, fr, es, zh, ar };
