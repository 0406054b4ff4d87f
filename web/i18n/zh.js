// Every user-visible Simplified Chinese text. Same keys as en.js (a test checks
// that both have the same keys and the same {placeholders}). Rich texts on
// the page may use **bold**, *emphasis*, `code`, [links](href) and glossary terms [[term]].
import frame from './zh/frame.js';
import basics from './zh/basics.js';
import models from './zh/models.js';
import article from './zh/article.js';
import math from './zh/math.js';
import predict from './zh/predict.js';
import area from './zh/area.js';
import fitscode from './zh/fitscode.js';
import ml from './zh/ml.js';

export default { ...frame, ...basics, ...models, ...article, ...math, ...predict, ...area, ...fitscode, ...ml };
