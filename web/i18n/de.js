// Alle sichtbaren deutschen Texte. Dieselben Schlüssel wie en.js (ein Test
// prüft Schlüssel und {Platzhalter}). Formeln bleiben wie im Englischen;
// Zahlen schreibt format.js mit Dezimalkomma.
import frame from './de/frame.js';
import basics from './de/basics.js';
import models from './de/models.js';
import article from './de/article.js';
import math from './de/math.js';
import predict from './de/predict.js';
import area from './de/area.js';
import fitscode from './de/fitscode.js';
import ml from './de/ml.js';

export default { ...frame, ...basics, ...models, ...article, ...math, ...predict, ...area, ...fitscode, ...ml };
