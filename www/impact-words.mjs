// The impact of a change in words: the library's (served at /pkg/), shared with the command line.
export { impactInWords, listInWords } from '../pkg/dist/impact-words.mjs';
