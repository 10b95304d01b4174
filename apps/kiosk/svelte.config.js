// Svelte's options, read by the Vite plugin and svelte-check. The defaults suit this package:
// Svelte 5 reads <script lang="ts"> itself, so no preprocessor is needed.
/** @type {import("@sveltejs/vite-plugin-svelte").SvelteConfig} */
export default {};
