// `npm start`: install what is missing, build, serve dist/ and print its URL.
import { setup } from './setup.js';
import { run } from './run.js';

setup({ browser: false });
run('node', ['scripts/build.js']);
run('node', ['scripts/serve.js']);
