// An incremental splitter for big JSON documents: feed it text chunks, get back the raw text of each
// element one at a time, so a 500 MB `tweets.js` never sits in memory whole. Only the element being
// read is buffered. It checks the document's outline (brackets, strings) but not each element: the
// caller hands each element to JSON.parse, so a damaged element is reported on its own and the ones
// around it are still read.
//
// What counts as an element:
//   top-level array  `[a, b, …]`             → a, b, …            (key undefined)
//   top-level object `{"k": [a, b], "m": v}` → a and b (key "k"), then v (key "m")
// An optional prefix before the JSON (X's `window.YTD.tweets.part0 = `) is skipped up to `afterPrefix`.

export interface JsonElement {
  /** The member of the top-level object the element sits under, when the document is an object. */
  key?: string;
  /** The element's raw JSON text. */
  text: string;
  /** 1-based line of the document where the element starts. */
  line: number;
  /** 0-based position of the element within its array (or member). */
  index: number;
}

const QUOTE = 34, BACKSLASH = 92, COMMA = 44, COLON = 58, NEWLINE = 10;
const OPEN_BRACKET = 91, CLOSE_BRACKET = 93, OPEN_BRACE = 123, CLOSE_BRACE = 125;
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff;

/** Where the splitter is when it is not inside an element. */
type Place =
  | 'prefix' // before afterPrefix
  | 'start' // before the top-level value
  | 'array' // between elements of the top-level array
  | 'member-key' // in the top-level object, expecting a member name or '}'
  | 'member-colon' // after a member name
  | 'member-value' // after ':'
  | 'member-array' // between elements of a member array
  | 'member-next' // after a member, expecting ',' or '}'
  | 'end';

export class JsonSplitter {
  private place: Place;
  private line = 1;
  private inString = false;
  private escaped = false;
  // The element in progress.
  private inElement = false;
  private nesting = 0; // brackets open inside the element
  private pieces: string[] = [];
  private elementLine = 0;
  private index = 0;
  // The member name in progress (top-level object).
  private inKey = false;
  private keyPieces: string[] = [];
  private key: string | undefined;

  constructor(private readonly options: { afterPrefix?: string } = {}) {
    this.place = options.afterPrefix === undefined ? 'start' : 'prefix';
  }

  /** Feeds a chunk of text; returns the elements it completed. Throws when the outline is broken. */
  push(chunk: string): JsonElement[] {
    const out: JsonElement[] = [];
    let i = 0;
    if (this.place === 'prefix') {
      const prefix = this.options.afterPrefix!;
      const at = chunk.indexOf(prefix);
      const stop = at === -1 ? chunk.length : at + prefix.length;
      for (let j = 0; j < stop; j++) if (chunk.charCodeAt(j) === NEWLINE) this.line++;
      if (at === -1) return out; // (a prefix split across chunks is not expected: it sits in the first bytes)
      this.place = 'start';
      i = stop;
    }
    let elementStart = this.inElement ? i : -1;
    let keyStart = this.inKey ? i : -1;
    for (; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === NEWLINE) this.line++;
      if (this.inString) {
        // JSON strings never hold a raw line break: one means a string was left open by damage.
        // Closing it here resyncs on the next line, so only the damaged element is lost.
        if (c === NEWLINE) {
          this.inString = false;
          this.escaped = false;
          continue;
        }
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.inKey) {
            this.keyPieces.push(chunk.slice(keyStart, i));
            this.key = JSON.parse(`"${this.keyPieces.join('')}"`) as string;
            this.keyPieces = [];
            this.inKey = false;
            keyStart = -1;
            this.place = 'member-colon';
          }
        }
        continue;
      }
      if (this.inElement) {
        if (c === QUOTE) this.inString = true;
        else if (c === OPEN_BRACKET || c === OPEN_BRACE) this.nesting++;
        else if ((c === CLOSE_BRACKET || c === CLOSE_BRACE) && this.nesting > 0) this.nesting--;
        else if (this.nesting === 0 && (c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE)) {
          this.pieces.push(chunk.slice(elementStart, i));
          out.push(this.finishElement());
          elementStart = -1;
          this.afterElement(c);
        }
        continue;
      }
      if (isSpace(c)) continue;
      switch (this.place) {
        case 'start':
          if (c === OPEN_BRACKET) this.place = 'array';
          else if (c === OPEN_BRACE) this.place = 'member-key';
          else this.fail('expected a JSON array or object');
          break;
        case 'array':
        case 'member-array':
          if (c === COMMA) break;
          if (c === CLOSE_BRACKET) {
            this.place = this.place === 'array' ? 'end' : 'member-next';
            break;
          }
          elementStart = this.startElement(i, c);
          break;
        case 'member-key':
        case 'member-next':
          if (c === CLOSE_BRACE) this.place = 'end';
          else if (c === COMMA && this.place === 'member-next') this.place = 'member-key';
          else if (c === QUOTE && this.place === 'member-key') {
            this.inString = true;
            this.inKey = true;
            keyStart = i + 1;
          } else this.fail('expected a member name');
          break;
        case 'member-colon':
          if (c !== COLON) this.fail('expected ":"');
          this.place = 'member-value';
          break;
        case 'member-value':
          this.index = 0;
          if (c === OPEN_BRACKET) this.place = 'member-array';
          else elementStart = this.startElement(i, c);
          break;
        default: // 'end'
          this.fail('unexpected text after the end of the data');
      }
    }
    if (this.inElement) this.pieces.push(chunk.slice(elementStart));
    if (this.inKey) this.keyPieces.push(chunk.slice(keyStart));
    return out;
  }

  /** Call after the last chunk: throws when the document stopped in the middle. */
  end(): void {
    if (this.place === 'prefix') throw new Error(`did not find "${this.options.afterPrefix}" before the data`);
    if (this.place === 'start') throw new Error('no data in the file');
    if (this.place !== 'end') throw new Error(`the data stops in the middle (line ${this.line}): the file may be cut short`);
  }

  private fail(what: string): never {
    throw new Error(`${what} (line ${this.line})`);
  }

  private startElement(i: number, c: number): number {
    this.inElement = true;
    this.nesting = 0;
    this.elementLine = this.line;
    if (c === QUOTE) this.inString = true;
    else if (c === OPEN_BRACKET || c === OPEN_BRACE) this.nesting = 1;
    return i;
  }

  private finishElement(): JsonElement {
    const element: JsonElement = { text: this.pieces.join('').trim(), line: this.elementLine, index: this.index++ };
    if (this.key !== undefined) element.key = this.key;
    this.pieces = [];
    this.inElement = false;
    return element;
  }

  /** An element ended at `c` (',' or a closing bracket of its container). */
  private afterElement(c: number): void {
    const inMemberValue = this.place === 'member-value';
    if (c === COMMA) this.place = inMemberValue ? 'member-key' : this.place;
    else if (c === CLOSE_BRACKET) {
      if (this.place === 'array') this.place = 'end';
      else if (this.place === 'member-array') this.place = 'member-next';
      else this.fail('unexpected "]"');
    } else if (inMemberValue) this.place = 'end';
    else this.fail('unexpected "}"');
  }
}
