/// <reference types="vite/client" />

/** The scenario picker's list, read from scenarios/*.json when the app is built (vite.config.ts). */
declare module 'virtual:library-index' {
  const index: readonly import('./scenario/library-index.ts').LibraryIndexEntry[];
  export default index;
}
