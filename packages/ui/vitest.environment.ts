// Node, with modules transformed for the browser: Svelte compiles the runes classes for the
// client and resolves its client runtime, so $effect runs in the unit tests (Node's own
// environment gets the server build, where effects never run).
import { builtinEnvironments, type Environment } from "vitest/environments";

const svelteClient: Environment = { ...builtinEnvironments.node, name: "svelte-client", viteEnvironment: "client" };
export default svelteClient;
