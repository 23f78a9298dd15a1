declare module 'virtual:siyaq-matcher' {
  const prebuilt: import('./prebuilt').PrebuiltMatcher;
  export default prebuilt;
}
