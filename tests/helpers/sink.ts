// A writable stream that keeps what is written, for checking CLI output in tests.
import { Writable } from 'node:stream';

/** A stream collecting text; `.text()` returns everything written so far. */
export function sink(): Writable & { text(): string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return Object.assign(stream, { text: () => chunks.join('') });
}
