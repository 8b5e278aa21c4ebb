import { runCli } from './run-cli';

// exitCode, not exit(): stdout may still be draining into a pipe.
process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
