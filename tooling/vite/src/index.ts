export { readerAssets, listReaderAssets, assetPathOf, contentTypeOf, MODEL_FOLDER, WASM_FOLDER } from "./reader-assets.js";
export type { ReaderAsset } from "./reader-assets.js";
export { offlineServiceWorker, precacheManifest, SERVICE_WORKER_FILE } from "./offline.js";
export type { PrecacheManifest } from "./offline.js";
export { sameOriginContentSecurityPolicy, SAME_ORIGIN_POLICY, HEADER_ONLY_DIRECTIVES, headerPolicy, formatPolicy } from "./content-security-policy.js";
export { hostingHeaders, securityHeaders, staticHostHeadersFile, STATIC_HOST_HEADERS_FILE } from "./hosting-headers.js";
export { readerBundleOptions } from "./reader-bundle.js";
