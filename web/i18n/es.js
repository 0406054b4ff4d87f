// Todos los textos visibles en español. Las mismas claves que en.js (una prueba
// comprueba las claves y los {marcadores}). Las fórmulas quedan como en inglés;
// format.js escribe los números con coma decimal.
import frame from './es/frame.js';
import basics from './es/basics.js';
import models from './es/models.js';
import article from './es/article.js';
import math from './es/math.js';
import predict from './es/predict.js';
import area from './es/area.js';
import fitscode from './es/fitscode.js';
import ml from './es/ml.js';

export default { ...frame, ...basics, ...models, ...article, ...math, ...predict, ...area, ...fitscode, ...ml };
