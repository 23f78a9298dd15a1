// The package types its index only; this file is the part of it the detector loads.
declare module '@mozilla/readability/Readability-readerable.js' {
  export { isProbablyReaderable } from '@mozilla/readability';
}
