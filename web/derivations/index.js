// The step-by-step derivations (web/derivation.js shows them), each mounted
// below the panel whose store it follows (hosts/page.js, [data-derivation]).
// A derivation: `panel` (whose state it reads), pure `steps(api, state)` →
// [{ label: Statement, formula: Formula, text: Statement, changed: [term] }]
// and optionally pure `chart(api, state)` → { config, description }.
import * as split from './split.js';
import * as jensen from './jensen.js';
import * as likelihood from './likelihood.js';

export const DERIVATIONS = { split, jensen, likelihood };
