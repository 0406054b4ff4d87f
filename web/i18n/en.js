// Every user-visible English text. Keys are shared with de.js (a test checks
// that both have the same keys and the same {placeholders}). Rich texts on
// the page may use **bold**, *emphasis*, `code`, [links](href) and glossary terms [[term]].
import frame from './en/frame.js';
import basics from './en/basics.js';
import models from './en/models.js';
import article from './en/article.js';
import math from './en/math.js';
import predict from './en/predict.js';
import area from './en/area.js';
import fitscode from './en/fitscode.js';
import ml from './en/ml.js';

export default { ...frame, ...basics, ...models, ...article, ...math, ...predict, ...area, ...fitscode, ...ml };
