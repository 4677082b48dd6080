// `npm run validate` — our stand-in for `fdk validate` (docs/platform.md "fdk validate"). Logic in devkit/fdk/.
import { runValidate } from '../fdk/run-validate';

process.exitCode = runValidate(process.argv.slice(2), { out: (l) => console.log(l), color: process.stdout.isTTY === true });
