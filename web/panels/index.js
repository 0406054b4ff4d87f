// Every panel, by the name used in data-panel, embed.html?panel= and
// <info-widget panel=...>, in the order of the story.
import * as surprise from './surprise.js';
import * as coin from './coin.js';
import * as extremes from './extremes.js';
import * as decomposition from './decomposition.js';
import * as coding from './coding.js';
import * as fits from './fits.js';
import * as loss from './loss.js';
import * as vae from './vae.js';
import * as trust from './trust.js';
import * as summary from './summary.js';

export const PANELS = { surprise, coin, extremes, decomposition, coding, fits, loss, vae, trust, summary };
