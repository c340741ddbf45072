/** The one entry of the `hyphen` package the site uses: its Danish patterns (TeX's hyph-da). */
declare module 'hyphen/da/index.js' {
  interface HyphenOptions {
    hyphenChar?: string;
    minWordLength?: number;
  }
  const danish: { hyphenateSync: (text: string, options?: HyphenOptions) => string };
  export default danish;
}
