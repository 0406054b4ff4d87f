// جميع النصوص العربية الظاهرة للمستخدم (العربية الفصحى الحديثة). المفاتيح نفسها
// كما في en.js (يتحقق اختبار من المفاتيح و{العناصر النائبة}). الصيغ تبقى كما في
// الإنجليزية؛ الأرقام لاتينية والفاصلة العشرية ".".
import frame from './ar/frame.js';
import basics from './ar/basics.js';
import models from './ar/models.js';
import article from './ar/article.js';
import math from './ar/math.js';
import predict from './ar/predict.js';
import area from './ar/area.js';
import fitscode from './ar/fitscode.js';
import ml from './ar/ml.js';

export default { ...frame, ...basics, ...models, ...article, ...math, ...predict, ...area, ...fitscode, ...ml };
