// The tables inside the page's bundle: English only (see tables.js).
import en from './en.js';

export default { en };
