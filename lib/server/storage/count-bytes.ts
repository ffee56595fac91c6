import { Transform } from "node:stream";

/** A pass-through that counts what flows through it. */
export function countingStream(): Transform & { bytes: () => number } {
  let total = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      total += chunk.length;
      callback(null, chunk);
    },
  });
  return Object.assign(stream, { bytes: () => total });
}
