// Every user-visible English text. Keys are shared with de.js (a test checks
// that both have the same keys and the same {placeholders}). Rich texts on
// the page may use **bold**, *emphasis*, `code` and [links](href).
import frame from './en/frame.js';
import basics from './en/basics.js';
import models from './en/models.js';
import ml from './en/ml.js';

export default { ...frame, ...basics, ...models, ...ml };
