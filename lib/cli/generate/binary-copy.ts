// PostgreSQL's binary COPY format, written straight into one-megabyte buffers: a row is a 16-bit
// field count, each field a 32-bit length (-1 for NULL) and its bytes in the type's binary send
// form. Compared with text COPY the server parses nothing (no uuid_in, no timestamp_in, which
// dominate the cost of a bulk load) and the generator formats nothing, and the rows are a third
// smaller. The column types are checked against the live schema before a stream opens
// (bulk-tables.ts), since a wrong width here is silently a wrong value, not an error.

export type ColumnType = "uuid" | "text" | "enum" | "int2" | "int4" | "int8" | "bool" | "timestamp" | "date" | "jsonb";

export const BINARY_COPY_HEADER = Buffer.from([0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]);
export const BINARY_COPY_TRAILER = Buffer.from([0xff, 0xff]);

/** 2000-01-01, PostgreSQL's epoch for timestamps and dates. */
const POSTGRES_EPOCH_MS = Date.UTC(2000, 0, 1);
const POSTGRES_EPOCH_DAY = POSTGRES_EPOCH_MS / 86_400_000;
const TWO_32 = 4_294_967_296;
const CHUNK_BYTES = 1024 * 1024;
/** Room for every fixed-width field of the widest row; text fields make room for themselves. */
const ROW_RESERVE = 1024;

const HEX_VALUE = new Uint8Array(128);
for (let i = 0; i < 10; i++) HEX_VALUE[48 + i] = i;
for (let i = 0; i < 6; i++) {
  HEX_VALUE[97 + i] = 10 + i;
  HEX_VALUE[65 + i] = 10 + i;
}

/** The 16 bytes of a canonical (dashed, 36-character) UUID. */
export function uuidBytes(id: string): Uint8Array {
  const bytes = new Uint8Array(16);
  let at = 0;
  for (let i = 0; i < 36; i += 2) {
    if (i === 8 || i === 13 || i === 18 || i === 23) i++;
    bytes[at++] = (HEX_VALUE[id.charCodeAt(i)]! << 4) | HEX_VALUE[id.charCodeAt(i + 1)]!;
  }
  return bytes;
}

/** A value encoded once and written many times: a label, a verb, an id as text. */
export function encoded(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, "utf8"));
}

export class BinaryRows {
  private buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private position = 0;
  private count = 0;

  /** `send` receives each full chunk; the chunk is not touched again after it is sent. */
  constructor(private readonly send: (chunk: Buffer) => void) {}

  get rows(): number {
    return this.count;
  }

  flush(): void {
    if (this.position === 0) return;
    const full = this.buffer.subarray(0, this.position);
    this.buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    this.position = 0;
    this.send(full);
  }

  private room(bytes: number): void {
    if (this.position + bytes > CHUNK_BYTES) {
      this.flush();
      if (bytes > CHUNK_BYTES) this.buffer = Buffer.allocUnsafe(bytes);
    }
  }

  row(fields: number): this {
    this.room(ROW_RESERVE);
    this.buffer.writeInt16BE(fields, this.position);
    this.position += 2;
    this.count++;
    return this;
  }

  null(): this {
    this.buffer.writeInt32BE(-1, this.position);
    this.position += 4;
    return this;
  }

  /** A canonical (dashed, 36-character) UUID. */
  uuid(id: string | null): this {
    if (id === null) return this.null();
    const buffer = this.buffer;
    let at = this.position;
    buffer.writeInt32BE(16, at);
    at += 4;
    for (let i = 0; i < 36; i += 2) {
      if (i === 8 || i === 13 || i === 18 || i === 23) i++;
      buffer[at++] = (HEX_VALUE[id.charCodeAt(i)]! << 4) | HEX_VALUE[id.charCodeAt(i + 1)]!;
    }
    this.position = at;
    return this;
  }

  /** A UUID already in bytes (see uuidBytes): ids written many times are converted once. */
  id(bytes: Uint8Array | null): this {
    if (bytes === null) return this.null();
    const buffer = this.buffer;
    const at = this.position;
    buffer.writeInt32BE(16, at);
    for (let i = 0; i < 16; i++) buffer[at + 4 + i] = bytes[i]!;
    this.position = at + 20;
    return this;
  }

  /** A text (or enum) value already encoded (see encoded). */
  bytes(value: Uint8Array | null): this {
    if (value === null) return this.null();
    this.room(4 + value.length);
    this.buffer.writeInt32BE(value.length, this.position);
    this.buffer.set(value, this.position + 4);
    this.position += 4 + value.length;
    return this;
  }

  /** A jsonb value whose JSON text is assembled from already encoded parts. */
  jsonbParts(...parts: Uint8Array[]): this {
    let length = 1;
    for (const part of parts) length += part.length;
    this.room(4 + length);
    const buffer = this.buffer;
    buffer.writeInt32BE(length, this.position);
    let at = this.position + 4;
    buffer[at++] = 1;
    for (const part of parts) {
      buffer.set(part, at);
      at += part.length;
    }
    this.position = at;
    return this;
  }

  int2(value: number): this {
    this.buffer.writeInt32BE(2, this.position);
    this.buffer.writeInt16BE(value, this.position + 4);
    this.position += 6;
    return this;
  }

  int4(value: number): this {
    this.buffer.writeInt32BE(4, this.position);
    this.buffer.writeInt32BE(value, this.position + 4);
    this.position += 8;
    return this;
  }

  /** A bigint column from a safe integer. */
  int8(value: number): this {
    const high = Math.floor(value / TWO_32);
    this.buffer.writeInt32BE(8, this.position);
    this.buffer.writeInt32BE(high, this.position + 4);
    this.buffer.writeUInt32BE(value - high * TWO_32, this.position + 8);
    this.position += 12;
    return this;
  }

  bool(value: boolean): this {
    this.buffer.writeInt32BE(1, this.position);
    this.buffer[this.position + 4] = value ? 1 : 0;
    this.position += 5;
    return this;
  }

  /** timestamp(3) without time zone holding UTC, from epoch milliseconds (microseconds since 2000 on the wire). */
  timestamp(ms: number | null): this {
    if (ms === null) return this.null();
    return this.int8((ms - POSTGRES_EPOCH_MS) * 1000);
  }

  /** A date from a day number (days since 1970-01-01). */
  date(day: number): this {
    return this.int4(day - POSTGRES_EPOCH_DAY);
  }

  /** text, and enum labels, which travel as their text. */
  text(value: string | null): this {
    if (value === null) return this.null();
    this.room(4 + value.length * 3);
    const bytes = this.buffer.write(value, this.position + 4);
    this.buffer.writeInt32BE(bytes, this.position);
    this.position += 4 + bytes;
    return this;
  }

  /** jsonb: a version byte (1) and the JSON text. */
  jsonb(json: string | null): this {
    if (json === null) return this.null();
    this.room(5 + json.length * 3);
    this.buffer[this.position + 4] = 1;
    const bytes = this.buffer.write(json, this.position + 5);
    this.buffer.writeInt32BE(bytes + 1, this.position);
    this.position += 5 + bytes;
    return this;
  }
}

export type DecodedValue = string | number | boolean | null;

/**
 * Reads rows written by BinaryRows back into JavaScript values (timestamps as epoch ms, dates as
 * day numbers, UUIDs in canonical form). The tests use it to check what the encoder wrote.
 */
export function decodeBinaryRows(bytes: Buffer, types: readonly ColumnType[]): DecodedValue[][] {
  const rows: DecodedValue[][] = [];
  let at = 0;
  while (at < bytes.length) {
    const fields = bytes.readInt16BE(at);
    at += 2;
    if (fields === -1) break;
    if (fields !== types.length) throw new Error(`Row ${rows.length} has ${fields} fields, expected ${types.length}`);
    const row: DecodedValue[] = [];
    for (const type of types) {
      const length = bytes.readInt32BE(at);
      at += 4;
      if (length === -1) {
        row.push(null);
        continue;
      }
      const value = bytes.subarray(at, at + length);
      at += length;
      if (type === "uuid") {
        const hex = value.toString("hex");
        row.push(`${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`);
      } else if (type === "int2") row.push(value.readInt16BE(0));
      else if (type === "int4") row.push(value.readInt32BE(0));
      else if (type === "int8") row.push(value.readInt32BE(0) * TWO_32 + value.readUInt32BE(4));
      else if (type === "bool") row.push(value[0] === 1);
      else if (type === "timestamp") row.push((value.readInt32BE(0) * TWO_32 + value.readUInt32BE(4)) / 1000 + POSTGRES_EPOCH_MS);
      else if (type === "date") row.push(value.readInt32BE(0) + POSTGRES_EPOCH_DAY);
      else if (type === "jsonb") row.push(value.subarray(1).toString("utf8"));
      else row.push(value.toString("utf8"));
    }
    rows.push(row);
  }
  return rows;
}
