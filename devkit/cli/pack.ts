// `npm run pack` — our stand-in for `fdk pack` (docs/platform.md "fdk pack"). Logic in devkit/fdk/pack/.
import { runPack } from '../fdk/pack/run-pack';

process.exitCode = runPack(process.argv.slice(2), { out: (l) => console.log(l), color: process.stdout.isTTY === true });
