// The package types its index only; this file (CommonJS, one default export) is the part the detector loads.
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';

  const check: typeof isProbablyReaderable;
  export default check;
}
