// Tous les textes visibles en français. Mêmes clés que en.js (un test vérifie
// les clés et les {paramètres}). Les formules restent comme en anglais ;
// format.js écrit les nombres avec la virgule décimale.
import frame from './fr/frame.js';
import basics from './fr/basics.js';
import models from './fr/models.js';
import article from './fr/article.js';
import math from './fr/math.js';
import predict from './fr/predict.js';
import area from './fr/area.js';
import fitscode from './fr/fitscode.js';
import ml from './fr/ml.js';

export default { ...frame, ...basics, ...models, ...article, ...math, ...predict, ...area, ...fitscode, ...ml };
